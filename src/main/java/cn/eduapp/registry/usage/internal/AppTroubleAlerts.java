package cn.eduapp.registry.usage.internal;

import cn.eduapp.registry.filing.FilingCancelled;
import cn.eduapp.registry.filing.FilingStatus;
import cn.eduapp.registry.filing.FilingPutUnderRectification;
import cn.eduapp.registry.filing.FilingRectified;
import cn.eduapp.registry.filing.FilingRevoked;
import cn.eduapp.registry.national.NationalAppStatus;
import cn.eduapp.registry.national.NationalAppWithdrawn;
import cn.eduapp.registry.notification.NotificationManagement;
import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.system.web.Messages;
import cn.eduapp.registry.usage.UsageActionRequired;
import cn.eduapp.registry.usage.internal.persistence.MirroredUseRows;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import cn.eduapp.registry.usage.internal.persistence.UsageFilingRepository;

/**
 * When an app goes wrong its users hear at once (京教信〔2022〕5号 五): an app put under rectification,
 * or revoked (issue 20: a ban no longer touches the provider's other apps, so their users hear nothing). Every institution with a live use filing of it gets one
 * notification per event, and the use filing is marked as needing action. The dedup key names the event,
 * so a redelivered event (the publication registry retries) notifies nobody twice.
 */
@Component
class AppTroubleAlerts {

    static final String RECTIFICATION = "RECTIFICATION_ORDERED";
    static final String REVOKED = "FILING_REVOKED";
    static final String BLACKLISTED = "PROVIDER_BLACKLISTED";
    static final String RECTIFIED = "RECTIFICATION_CLOSED";
    static final String CANCELLED = "FILING_CANCELLED";

    private final UsageFilingRepository usages;
    private final NotificationManagement notifications;
    private final ApplicationEventPublisher events;
    private final Messages messages;
    private final MirroredUseRows mirroredUses;

    AppTroubleAlerts(UsageFilingRepository usages, NotificationManagement notifications, ApplicationEventPublisher events,
                     Messages messages, MirroredUseRows mirroredUses) {
        this.mirroredUses = mirroredUses;
        this.usages = usages;
        this.notifications = notifications;
        this.events = events;
        this.messages = messages;
    }

    @ApplicationModuleListener
    void on(FilingPutUnderRectification e) {
        alert(usages.liveByFiling(e.filingId().value()), RECTIFICATION, e.comment(), e.at(),
                dedupKey(e.filingId().value(), FilingStatus.UNDER_RECTIFICATION, e.at()));
    }

    @ApplicationModuleListener
    void on(FilingRevoked e) {
        alert(usages.liveByFiling(e.filingId().value()), REVOKED, e.comment(), e.at(), dedupKey(e.filingId().value(), FilingStatus.REVOKED, e.at()));
    }

    /** Issue 21: a registered filing cancelled (注销, e.g. its provider closed): its users stop using it. */
    @ApplicationModuleListener
    void on(FilingCancelled e) {
        if (e.filingNumber() != null) {
            alert(usages.liveByFiling(e.filingId().value()), CANCELLED, e.comment(), e.at(),
                    dedupKey(e.filingId().value(), FilingStatus.CANCELLED, e.at()));
        }
    }

    /** Issue 22: an app filed in another province revoked or cancelled there; its Beijing users hear as for Beijing's own. */
    @ApplicationModuleListener
    void on(NationalAppWithdrawn e) {
        String kind = e.status() == NationalAppStatus.REVOKED ? REVOKED : CANCELLED;
        alert(mirroredUses.live(e.filingNumber()), kind, messages.get("usage.alert.national." + e.status(), e.province()),
                e.changedAt(), "national:" + e.filingNumber() + ":" + e.status() + ":" + e.changedAt().toEpochMilli());
    }

    @ApplicationModuleListener
    void on(FilingRectified e) {
        List<UsageFilingRepository.LiveUse> uses = usages.liveByFiling(e.filingId().value());
        usages.clearRectification(e.filingId().value());
        notifyPerInstitution(uses, RECTIFIED, null, dedupKey(e.filingId().value(), FilingStatus.REGISTERED, e.at()));
    }

    /** The key the generic status event gave, so notifications of an event redelivered across the change stay single. */
    private static String dedupKey(String filingId, FilingStatus reached, Instant at) {
        return "filing:" + filingId + ":" + reached + ":" + at.toEpochMilli();
    }

    private void alert(List<UsageFilingRepository.LiveUse> uses, String kind, @Nullable String reason, Instant at,
                       String dedupKey) {
        if (uses.isEmpty()) {
            return;
        }
        String why = reason == null || reason.isBlank() ? messages.get("usage.alert.noReason") : reason;
        for (UsageFilingRepository.LiveUse u : uses) {
            if (usages.markActionRequired(u.id(), kind, why, at)) {
                events.publishEvent(new UsageActionRequired(Actor.SYSTEM, u.id(), u.institutionId(), u.filingNumber(),
                        kind, at));
            }
        }
        notifyPerInstitution(uses, kind, why, dedupKey);
    }

    /** One notification per institution for this event, naming every app of it the institution uses. */
    private void notifyPerInstitution(List<UsageFilingRepository.LiveUse> uses, String kind, @Nullable String reason,
                                      String dedupKey) {
        Map<String, List<UsageFilingRepository.LiveUse>> byInstitution = uses.stream()
                .collect(Collectors.groupingBy(UsageFilingRepository.LiveUse::institutionId, LinkedHashMap::new,
                        Collectors.toList()));
        byInstitution.forEach((institution, its) -> {
            String apps = its.stream().map(u -> "「" + u.appName() + "」（" + u.filingNumber() + "）")
                    .distinct().collect(Collectors.joining("、"));
            String message = messages.get("usage.alert." + kind, apps, reason == null ? "" : reason);
            notifications.notify(List.of(institution), kind, message, its.get(0).filingNumber(), dedupKey);
        });
    }
}
