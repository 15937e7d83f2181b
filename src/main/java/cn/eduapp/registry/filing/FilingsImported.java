package cn.eduapp.registry.filing;

import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.AuditableEvent;
import cn.eduapp.registry.shared.FilingId;
import cn.eduapp.registry.shared.ProviderId;
import java.time.Instant;
import java.util.List;

/**
 * A batch of existing registrations was imported (each filing REGISTERED with its number). One event per
 * batch, not per filing: a 100,000-row import is one decision of the city in a few hundred entries of the
 * audit trail and the event registry, and listeners take the batch in one go.
 */
public record FilingsImported(Actor actor, List<Imported> filings, Instant at) implements AuditableEvent {

    public record Imported(FilingId filingId, ProviderId providerId, String filingNumber) {
    }

    public String action() { return "FILINGS_IMPORTED"; }
    public String entityType() { return "FILING_IMPORT"; }
    public String entityId() { return filings.isEmpty() ? "" : filings.get(0).filingId().value(); }
    public String summary() {
        return "导入已有备案 " + filings.size() + " 件"
                + (filings.isEmpty() ? "" : "（" + filings.get(0).filingNumber() + " 至 "
                + filings.get(filings.size() - 1).filingNumber() + "）");
    }
}
