package cn.eduapp.registry.filing.internal.persistence;

import cn.eduapp.registry.shared.FilingNumbers;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The one issuer of Beijing filing numbers: a counter row locked by the registering transaction, so numbers are
 * unique and gap-free under concurrency (a rolled-back registration gives its number back). Numbers taken
 * already (imports) are skipped when issuing, and an import moves the counter past the run it filled.
 */
@Repository
public class FilingNumberIssuer {

    private final JdbcClient jdbc;

    FilingNumberIssuer(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The next free number; call it inside the registering transaction. */
    public String issue() {
        while (true) {
            int next = jdbc.sql("update filing_number_counter set last_value = last_value + 1 where region = ? returning last_value")
                    .param(FilingNumbers.BEIJING).query(Integer.class).single();
            String number = FilingNumbers.format(FilingNumbers.BEIJING, next);
            boolean taken = jdbc.sql("select count(*) from filing where filing_number = ?").param(number)
                    .query(Long.class).single() > 0;
            if (!taken) {
                return number;
            }
        }
    }

    /**
     * Imported Beijing numbers are taken; the counter moves past a run of them that starts right after its
     * last value, so issuing a number never walks through thousands of taken ones, and no free number is lost.
     */
    public void skipImported() {
        Integer last = jdbc.sql("select last_value from filing_number_counter where region = ? for update")
                .param(FilingNumbers.BEIJING).query(Integer.class).optional().orElse(null);
        if (last == null) {
            return;
        }
        List<Integer> taken = jdbc.sql("""
                select substring(filing_number from 8 for 5)::int as seq from filing
                 where filing_number like ? and substring(filing_number from 8 for 5)::int > ? order by 1""")
                .params("教APP备" + FilingNumbers.BEIJING + "%", last).query(Integer.class).list();
        int next = last;
        for (int seq : taken) {
            if (seq != next + 1) {
                break;
            }
            next = seq;
        }
        if (next > last) {
            jdbc.sql("update filing_number_counter set last_value = ? where region = ?").params(next, FilingNumbers.BEIJING)
                    .update();
        }
    }
}
