package cn.eduapp.registry.enforcement;

import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.AuditableEvent;
import cn.eduapp.registry.shared.FilingId;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A 行政复议 or court result was recorded against a decision; annulled = the filing restored and the listing removed. */
public record ReviewResultRecorded(Actor actor, String caseId, FilingId filingId, String body, String reference, boolean annulled, Instant at) implements AuditableEvent {
    public String action() { return "ENFORCEMENT_REVIEW_RECORDED"; }
    public String entityType() { return "ENFORCEMENT_CASE"; }
    public String entityId() { return caseId; }
    public String summary() { return ("COURT".equals(body) ? "行政诉讼" : "行政复议") + "结果 " + reference + (annulled ? "：撤销原决定，恢复备案" : "：维持原决定"); }
}
