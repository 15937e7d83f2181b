package cn.eduapp.registry.rules;

import java.time.Instant;
import java.time.LocalDate;

/** A stored rule-set version as other modules see it: its name, the day it takes effect, when it was published. */
public record RuleSetVersion(String version, LocalDate effectiveFrom, Instant publishedAt) {
}
