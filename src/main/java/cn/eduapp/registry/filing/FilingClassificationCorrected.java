package cn.eduapp.registry.filing;

import cn.eduapp.registry.rules.Category;
import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.AuditableEvent;
import cn.eduapp.registry.shared.FilingId;
import cn.eduapp.registry.shared.ProviderId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The city reviewer corrected the filing's category ({@code null}: out of scope), with the reason in {@code comment}. */
public record FilingClassificationCorrected(Actor actor, FilingId filingId, ProviderId providerId, @Nullable Category category,
                                            String comment, Instant at) implements AuditableEvent {
    public String action() { return "FILING_CLASSIFICATION_CORRECTED"; }
    public String entityType() { return "FILING"; }
    public String entityId() { return filingId.value(); }
    public String summary() { return Summaries.status(FilingStatus.CITY_REVIEW, comment); }
}
