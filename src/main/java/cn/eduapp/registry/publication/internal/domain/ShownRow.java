package cn.eduapp.registry.publication.internal.domain;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A white-list row as shown; a change to any of it ends the row's validity period and starts a new one. */
public record ShownRow(String filingNumber, String appName, String providerName, String creditCode,
                       @Nullable String category, List<String> platforms, String status, @Nullable Instant registeredAt) {
}
