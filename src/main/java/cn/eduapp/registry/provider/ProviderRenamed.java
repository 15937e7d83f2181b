package cn.eduapp.registry.provider;

import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.ProviderId;
import java.time.Instant;

/** An approved change gave the provider a new name: filings and the public lists follow (audited by the decision). */
public record ProviderRenamed(Actor actor, ProviderId providerId, String oldName, String newName, String creditCode,
                              Instant at) {
}
