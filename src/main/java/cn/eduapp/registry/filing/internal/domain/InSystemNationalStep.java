package cn.eduapp.registry.filing.internal.domain;

import cn.eduapp.registry.filing.NationalFilingStep;
import cn.eduapp.registry.shared.FilingNumbers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The national step inside this platform: MOE_REVIEWER accounts decide, and numbers come from a
 * counter row locked by the registering transaction, so they are unique and gap-free under concurrency
 * (a rolled-back registration gives its number back). Numbers taken already (imports) are skipped.
 */
@Component
class InSystemNationalStep implements NationalFilingStep {

    private final JdbcClient jdbc;

    InSystemNationalStep(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void forward(String filingId) {
        // in-system: the filing waits in MOE_REVIEW for an MOE_REVIEWER
    }

    @Override
    public String issueFilingNumber() {
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
}
