package cn.eduapp.registry.audit;

import java.time.Instant;

/** One stored entry of the trail, as it is hashed: every field below is covered by {@code hash}. */
public record AuditEntry(long seq, Instant at, String actor, String organisation, String action, String entityType,
                         String entityId, String summary, String prevHash, String hash) {
}
