package cn.eduapp.registry.enforcement;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A 撤销备案通报 to the CAC and the CA; {@code takedownNoticeId} once the CAC made its 下架处置通知 of it. */
public record RevocationBulletinView(String id, String caseId, String filingId, String filingNumber, String appName,
                                     String providerName, String reason, String decisionNumber, Instant issuedAt,
                                     @Nullable String takedownNoticeId, @Nullable Instant convertedAt) {
}
