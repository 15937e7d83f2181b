package cn.eduapp.registry.audit;

import org.jspecify.annotations.Nullable;

/** The chain recomputed end to end: valid, how many entries, and the first sequence where it breaks. */
public record Verification(boolean valid, long entries, @Nullable Long firstBrokenSeq) {
}
