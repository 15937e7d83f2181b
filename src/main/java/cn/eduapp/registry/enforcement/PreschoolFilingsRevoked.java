package cn.eduapp.registry.enforcement;

import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.AuditableEvent;
import java.time.Instant;
import java.util.List;

/**
 * 京教信〔2022〕5号 三（五）: in one act, every preschool training filing registered or under rectification revoked
 * ({@code filingNumbers}), and every one waiting for review refused ({@code refusedFilingIds}).
 */
public record PreschoolFilingsRevoked(Actor actor, List<String> filingNumbers, List<String> refusedFilingIds, Instant at)
        implements AuditableEvent {
    public String action() { return "PRESCHOOL_FILINGS_REVOKED"; }
    public String entityType() { return "ENFORCEMENT"; }
    public String entityId() { return "preschool-revocation"; }
    public String summary() {
        return "撤销学前线上培训类备案 " + filingNumbers.size() + " 件，不予备案 " + refusedFilingIds.size() + " 件";
    }
}
