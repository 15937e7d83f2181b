package cn.eduapp.registry.transparency;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One change as the log states it; with its index ({@code seq}) it becomes the leaf's canonical JSON
 * {@code {appName?, at, creditCode?, filingNumber?, kind, providerName?, seq, status}}. For an
 * announcement, {@code status} is {@code PUBLISHED} and {@code appName} may carry its title.
 */
public record LogEntry(LeafKind kind, @Nullable String filingNumber, @Nullable String creditCode,
                       @Nullable String appName, @Nullable String providerName, String status, Instant at) {
}
