package cn.eduapp.registry.enforcement;

import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.AuditableEvent;
import cn.eduapp.registry.shared.FilingId;
import cn.eduapp.registry.shared.ProviderId;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A case opened on an overdue order or a refusal, its 事先告知书 (proposing revocation and listing) served. */
public record EnforcementCaseOpened(Actor actor, String caseId, String orderId, FilingId filingId, ProviderId providerId, @Nullable String filingNumber, CaseGround ground, String priorNoticeNumber, Instant statementDueAt, Instant at) implements AuditableEvent {
    public String action() { return "ENFORCEMENT_CASE_OPENED"; }
    public String entityType() { return "ENFORCEMENT_CASE"; }
    public String entityId() { return caseId; }
    public String summary() { return "立案并送达事先告知书 " + priorNoticeNumber + "，陈述申辩期限至 " + statementDueAt; }
}
