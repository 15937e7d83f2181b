package cn.eduapp.registry.complaint;

import org.jspecify.annotations.Nullable;

/** A decided complaint's answer for its complainant's email. */
public record ComplaintAnswer(String email, String trackingNumber, String appName, ComplaintOutcome outcome,
                              @Nullable String feedback) {
}
