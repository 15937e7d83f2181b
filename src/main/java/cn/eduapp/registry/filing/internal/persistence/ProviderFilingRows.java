package cn.eduapp.registry.filing.internal.persistence;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A provider's filings as a whole (issue 21): its new name on them, and those a closing cancels. */
@Repository
public class ProviderFilingRows {

    private final JdbcClient jdbc;

    ProviderFilingRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public int rename(String providerId, String name) {
        return jdbc.sql("update filing set provider_name = ? where provider_id = ?")
                .params(name, UUID.fromString(providerId)).update();
    }

    /** The ids of the provider's filings in one of {@code statuses}, oldest first. */
    public List<String> ofProvider(String providerId, Collection<String> statuses) {
        return jdbc.sql("select id::text from filing where provider_id = ? and status = any(?) order by created_at, id")
                .params(UUID.fromString(providerId), statuses.toArray(String[]::new)).query(String.class).list();
    }
}
