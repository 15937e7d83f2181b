package cn.eduapp.registry.enforcement;

import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.AuditableEvent;
import cn.eduapp.registry.shared.FilingId;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** The education side sent a 撤销备案通报 to the CAC and the CA. */
public record RevocationBulletinIssued(Actor actor, String bulletinId, String caseId, FilingId filingId, String filingNumber, String decisionNumber, Instant at) implements AuditableEvent {
    public String action() { return "REVOCATION_BULLETIN_ISSUED"; }
    public String entityType() { return "FILING"; }
    public String entityId() { return filingId.value(); }
    public String summary() { return "向市委网信办、市通信管理局通报撤销备案（" + decisionNumber + "）"; }
}
