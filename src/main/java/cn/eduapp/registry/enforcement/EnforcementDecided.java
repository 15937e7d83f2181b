package cn.eduapp.registry.enforcement;

import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.AuditableEvent;
import cn.eduapp.registry.shared.FilingId;
import cn.eduapp.registry.shared.ProviderId;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A city reviewer decided a case (REVOKE, NO_ACTION or EXTEND), with its 处理决定书. */
public record EnforcementDecided(Actor actor, String caseId, String orderId, FilingId filingId, ProviderId providerId, @Nullable String filingNumber, CaseOutcome outcome, String decisionNumber, String reasons, @Nullable Instant newDeadline, Instant at) implements AuditableEvent {
    public String action() { return "ENFORCEMENT_DECIDED"; }
    public String entityType() { return "ENFORCEMENT_CASE"; }
    public String entityId() { return caseId; }
    public String summary() { return "作出处理决定 " + decisionNumber + "（" + switch (outcome) { case REVOKE -> "撤销备案并列入黑名单"; case NO_ACTION -> "不予处罚，整改通知办结"; case EXTEND -> "延长整改期限至 " + newDeadline; } + "）：" + reasons; }
}
