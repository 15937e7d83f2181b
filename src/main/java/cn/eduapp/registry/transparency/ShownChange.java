package cn.eduapp.registry.transparency;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A change as a public list or feed shows it ({@code kind} as {@link LeafKind} names it, the filing's number
 * or, for a provider's ban, its credit code, and when the list took it in). The entry behind it is the
 * latest leaf of that kind and subject not after {@code at}.
 */
public record ShownChange(String kind, @Nullable String filingNumber, @Nullable String creditCode, Instant at) {
}
