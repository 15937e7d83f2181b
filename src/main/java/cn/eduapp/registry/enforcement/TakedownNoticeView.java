package cn.eduapp.registry.enforcement;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A takedown notice as the CAC and CA see it: every app store's acknowledgement, and the stores still
 * silent (with the time a reminder was raised for them, if it was).
 */
public record TakedownNoticeView(String id, String filingNumber, String appName, @Nullable String providerName,
                                 List<Platform> platforms, String reason, String cause, @Nullable String orderId,
                                 Instant issuedAt, String issuedBy, List<Acknowledgement> acknowledgements,
                                 List<Silent> silent) {

    public record Platform(String type, String identifier) {
    }

    public record Acknowledgement(String platformId, String platform, String action, Instant at) {
    }

    public record Silent(String platformId, String platform, @Nullable Instant remindedAt) {
    }

    /** A notice in an app store's inbox (API.md's GET /api/v1/distribution/notices). */
    public record InboxItem(String id, String filingNumber, String appName, @Nullable String providerName,
                            List<Platform> platforms, String reason, Instant issuedAt, boolean reminded) {
    }

    /** A row of the agencies' notice list: how many stores acknowledged, how many are silent. */
    public record Summary(String id, String filingNumber, String appName, String reason, String cause, Instant issuedAt,
                          int acknowledged, int silent) {
    }
}
