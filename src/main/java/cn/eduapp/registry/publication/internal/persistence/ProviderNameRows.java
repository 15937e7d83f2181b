package cn.eduapp.registry.publication.internal.persistence;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A provider's public name (issue 21: an approved name change) and the published filings that show it. */
@Repository
public class ProviderNameRows {

    private final JdbcClient jdbc;

    ProviderNameRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void rename(String providerId, String name) {
        jdbc.sql("update pub_provider set name = ? where provider_id = ?").params(name, providerId).update();
        // the white list's upsert keeps a row's provider name; a rename is the one time it changes
        jdbc.sql("update pub_filing set provider_name = ? where provider_id = ?").params(name, providerId).update();
    }

    public List<String> filingIds(String providerId) {
        return jdbc.sql("select filing_id from pub_filing where provider_id = ? order by filing_id")
                .param(providerId).query(String.class).list();
    }
}
