package cn.eduapp.registry.rules;

import java.time.LocalDate;

/** Everything one evaluation reads: a pure function of these gives the result. */
public record PrecheckFacts(Declaration app, ProviderFacts provider, LocalDate day) {
}
