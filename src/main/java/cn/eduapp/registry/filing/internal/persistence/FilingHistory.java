package cn.eduapp.registry.filing.internal.persistence;

import cn.eduapp.registry.filing.HistoryEntry;
import cn.eduapp.registry.filing.internal.domain.Filing;
import cn.eduapp.registry.system.data.Rows;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A filing's history: appended by every step, never changed, read in order. */
@Repository
class FilingHistory {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    FilingHistory(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    List<HistoryEntry> of(String filingId) {
        return jdbc.sql("""
                select at, actor, action, from_status, to_status, comment from filing_history
                 where filing_id = ? order by id""")
                .param(UUID.fromString(filingId)).query(Rows.of(HistoryEntry.class)).list();
    }

    /** The entries each filing added since it was loaded, in one batch. */
    void append(List<Filing> filings) {
        List<Object[]> rows = new ArrayList<>();
        for (Filing f : filings) {
            for (HistoryEntry h : f.newHistory()) {
                rows.add(new Object[] {UUID.fromString(f.id()), FilingRepository.ts(h.at()), h.actor(), h.action(),
                        h.fromStatus() == null ? null : h.fromStatus().name(), h.toStatus().name(), h.comment()});
            }
        }
        if (!rows.isEmpty()) {
            batch.batchUpdate("""
                    insert into filing_history (filing_id, at, actor, action, from_status, to_status, comment)
                    values (?, ?, ?, ?, ?, ?, ?)""", rows);
        }
    }
}
