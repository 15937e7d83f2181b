package cn.eduapp.registry.rules.internal;

import java.time.Instant;

/** A compiled version with where it came from ({@code CLASSPATH}, {@code API}, {@code DIRECTORY}) and when. */
public record StoredRuleSet(RuleSet set, String source, String publishedBy, Instant publishedAt, long seq) {
}
