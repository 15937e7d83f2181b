package cn.eduapp.registry.publication.internal;

import cn.eduapp.registry.publication.internal.domain.VerifyAnswer;
import cn.eduapp.registry.publication.internal.domain.VerifyCandidate;
import cn.eduapp.registry.publication.internal.domain.VerifyKey;
import cn.eduapp.registry.publication.internal.persistence.PublicFilingRows;
import cn.eduapp.registry.publication.internal.persistence.VerifyRows;
import cn.eduapp.registry.transparency.TransparencyManagement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The verification index: per platform + identifier, the answer of the filing that answers for it, stored
 * ready to send, with the signer certificates that filing was registered with (kept here from the
 * inspection's {@code PackageInspected} events).
 */
@Component
public class VerificationIndex {

    private final VerifyRows rows;
    private final PublicFilingRows filings;
    private final TransparencyManagement log;
    private final JsonMapper json;
    private final Clock clock;

    VerificationIndex(VerifyRows rows, PublicFilingRows filings, TransparencyManagement log, JsonMapper json, Clock clock) {
        this.rows = rows;
        this.filings = filings;
        this.log = log;
        this.json = json;
        this.clock = clock;
    }

    void reindexFilings(List<String> filingIds) {
        reindex(new TreeSet<>(filings.platformKeys(filingIds)));
    }

    /**
     * Recomputes the rows of these keys: the best candidate per key, written only if what it shows changed.
     * Each key is locked before its candidates are read and until commit: a handler of another provider's
     * filing that shares the identifier reads them only after this one committed.
     */
    void reindex(Set<VerifyKey> keys) {
        if (keys.isEmpty()) {
            return;
        }
        rows.lock(keys);
        Map<VerifyKey, VerifyCandidate> best = new LinkedHashMap<>();
        rows.candidates(keys).forEach(c -> best.merge(c.key(), c, VerifyCandidate::better));
        Map<VerifyKey, List<Object>> stored = rows.shown(keys);
        Instant asOf = clock.instant();
        Map<String, Long> logIndex = log.latestIndexBehind(best.values().stream().map(VerifyCandidate::filingNumber).toList());
        List<VerifyKey> gone = new ArrayList<>();
        List<VerifyRows.Write> written = new ArrayList<>();
        for (VerifyKey key : new TreeSet<>(keys)) {
            VerifyCandidate c = best.get(key);
            if (c == null) {
                if (stored.containsKey(key)) {
                    gone.add(key);
                }
            } else if (!c.shown().equals(stored.get(key))) {
                VerifyAnswer answer = VerifyAnswer.of(c.answerStatus(), c.filingNumber(), c.appName(), c.providerName(),
                        c.category(), asOf, logIndex.get(c.filingNumber()));
                written.add(new VerifyRows.Write(c, answer.asOf(), answer.logIndex(), json.writeValueAsString(answer)));
            }
        }
        rows.delete(gone);
        rows.upsert(written);
    }

    /** A package was inspected: kept, and if its filing is public, its keys re-indexed (the certificates may now be known). */
    void packageInspected(String packageId, String filingId, Instant at, List<String> certificates) {
        rows.keepPackage(packageId, filingId, at, certificates);
        if (filings.exists(filingId)) {
            reindexFilings(List.of(filingId));
        }
    }
}
