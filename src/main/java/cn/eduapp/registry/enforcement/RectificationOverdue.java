package cn.eduapp.registry.enforcement;

import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.AuditableEvent;
import cn.eduapp.registry.shared.FilingId;
import cn.eduapp.registry.shared.ProviderId;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** The sweep found an order past its deadline (a finding, not a sanction); raised once across instances. */
public record RectificationOverdue(Actor actor, String orderId, FilingId filingId, ProviderId providerId, @Nullable String filingNumber, Instant deadline, Instant at) implements AuditableEvent {
    public String action() { return "RECTIFICATION_OVERDUE"; }
    public String entityType() { return "RECTIFICATION"; }
    public String entityId() { return orderId; }
    public String summary() { return "整改期限（" + deadline + "）届满未整改，认定逾期"; }
}
