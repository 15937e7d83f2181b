package cn.eduapp.registry.outbox;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One message as the city's outbox page shows it. */
public record OutboxEntry(String id, Channel channel, String recipient, String subject, OutboxStatus status,
                          int attempts, Instant createdAt, Instant nextAttemptAt, @Nullable Instant sentAt,
                          @Nullable String lastError, @Nullable String attachmentName) {
}
