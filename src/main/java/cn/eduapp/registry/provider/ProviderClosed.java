package cn.eduapp.registry.provider;

import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.ProviderId;
import java.time.Instant;

/**
 * The city approved the provider's closing (注销): its accounts are disabled; filing cancels its filings (注销备案),
 * and the lists, the verify index and the institutions using its apps follow from there.
 */
public record ProviderClosed(Actor actor, ProviderId providerId, String name, String creditCode, Instant at) {
}
