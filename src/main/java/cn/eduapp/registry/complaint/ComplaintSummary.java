package cn.eduapp.registry.complaint;

import java.time.Instant;

/** A row of an agency's complaint queue; no personal information. */
public record ComplaintSummary(String id, String trackingNumber, ComplaintCategory category, String appName,
                               ComplaintStatus status, Agency agency, Instant receivedAt, Instant dueAt,
                               boolean unfiledApp, boolean overdue) {
}
