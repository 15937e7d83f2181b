package cn.eduapp.registry.enforcement;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** 四(二): the CA's order against a filing: RECTIFY by a deadline, or SHUTDOWN. */
public record IcpOrderView(String id, String filingId, @Nullable String filingNumber, String appName, String providerName,
                           String kind, String reason, @Nullable Instant deadline, Instant issuedAt, String issuedBy) {
}
