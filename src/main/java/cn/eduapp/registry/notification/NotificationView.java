package cn.eduapp.registry.notification;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One notification as the caller sees it: {@code read} is the caller's own read state. */
public record NotificationView(String id, Instant at, String kind, String message, @Nullable String filingNumber,
                               boolean read) {
}
