package cn.eduapp.registry.usage.internal.persistence;

import cn.eduapp.registry.system.data.Rows;
import cn.eduapp.registry.usage.internal.persistence.UsageFilingRepository.LiveUse;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Use filings of apps filed in another province (issue 22): no Beijing filing behind them, found by number. */
@Repository
public class MirroredUseRows {

    private final JdbcClient jdbc;

    MirroredUseRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The live ones of this number, the institutions to tell when the app is revoked or cancelled there. */
    public List<LiveUse> live(String filingNumber) {
        return jdbc.sql("""
                select id, institution_id, filing_number, app_name from usage_filing
                 where filing_id is null and filing_number = ? and status <> 'ENDED' order by institution_id""")
                .param(filingNumber).query(Rows.of(LiveUse.class)).list();
    }
}
