package cn.eduapp.registry.provider.internal.persistence;

import cn.eduapp.registry.provider.ProviderChangeRequest;
import cn.eduapp.registry.provider.ProviderChangeView;
import cn.eduapp.registry.system.data.Rows;
import cn.eduapp.registry.system.web.PageQuery;
import cn.eduapp.registry.system.web.PageResult;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Providers' change and closure requests, and what an approved one writes on the provider. */
@Repository
public class ChangeRequestRepository {

    private static final String SELECT = """
            select r.id::text, r.provider_id::text, p.name as provider_name, p.credit_code, r.kind, r.name,
                   r.legal_representative, r.address, r.contact_name, r.contact_phone, r.contact_email, r.reason,
                   r.status, r.requested_by, r.requested_at, r.decided_by, r.decided_at, r.decision_comment
              from provider_change_request r join provider p on p.id = r.provider_id
            """;

    /** What the change page shows besides the profile. */
    public record Particulars(@Nullable String legalRepresentative, @Nullable String address, String status) {
    }

    private final JdbcClient jdbc;

    ChangeRequestRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean pendingExists(String providerId, String kind) {
        return jdbc.sql("select count(*) from provider_change_request where provider_id = ? and kind = ? and status = 'PENDING'")
                .params(UUID.fromString(providerId), kind).query(Long.class).single() > 0;
    }

    public void insert(String id, String providerId, String kind, ProviderChangeRequest c, String by, Instant at) {
        jdbc.sql("""
                insert into provider_change_request (id, provider_id, kind, name, legal_representative, address,
                    contact_name, contact_phone, contact_email, reason, requested_by, requested_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.fromString(id), UUID.fromString(providerId), kind, c.name(), c.legalRepresentative(),
                        c.address(), c.contact() == null ? null : c.contact().name(),
                        c.contact() == null ? null : c.contact().phone(),
                        c.contact() == null ? null : c.contact().email(), c.reason(), by, Timestamp.from(at))
                .update();
    }

    public Optional<ProviderChangeView> find(String providerId, String id) {
        UUID uuid = ProviderRepository.parse(id);
        if (uuid == null) {
            return Optional.empty();
        }
        return jdbc.sql(SELECT + " where r.id = ? and r.provider_id = ?").params(uuid, UUID.fromString(providerId))
                .query(Rows.of(ProviderChangeView.class)).optional();
    }

    public List<ProviderChangeView> ofProvider(String providerId) {
        return jdbc.sql(SELECT + " where r.provider_id = ? order by r.requested_at desc limit 200")
                .param(UUID.fromString(providerId)).query(Rows.of(ProviderChangeView.class)).list();
    }

    /** The city's queue: pending requests, oldest first. */
    public PageResult<ProviderChangeView> pending(PageQuery page) {
        List<ProviderChangeView> items = jdbc.sql(SELECT + " where r.status = 'PENDING' order by r.requested_at, r.id limit ? offset ?")
                .params(page.size(), page.offset()).query(Rows.of(ProviderChangeView.class)).list();
        long total = jdbc.sql("select count(*) from provider_change_request where status = 'PENDING'")
                .query(Long.class).single();
        return PageResult.of(items, page, total);
    }

    /** Decides a pending request once: false when it was decided meanwhile. */
    public boolean decide(String id, boolean approved, String by, Instant at, @Nullable String comment) {
        return jdbc.sql("""
                update provider_change_request set status = ?, decided_by = ?, decided_at = ?, decision_comment = ?
                 where id = ? and status = 'PENDING'""")
                .params(approved ? "APPROVED" : "REJECTED", by, Timestamp.from(at), comment, UUID.fromString(id))
                .update() == 1;
    }

    /** Writes the approved particulars; those the request left empty stay as they were. */
    public void apply(ProviderChangeView r) {
        jdbc.sql("""
                update provider set name = coalesce(?, name), legal_representative = coalesce(?, legal_representative),
                       address = coalesce(?, address), contact_name = coalesce(?, contact_name),
                       contact_phone = coalesce(?, contact_phone),
                       contact_email = case when cast(? as text) is null then contact_email else ? end
                 where id = ?""")
                .params(r.name(), r.legalRepresentative(), r.address(), r.contactName(), r.contactPhone(),
                        r.contactName(), r.contactEmail(), UUID.fromString(r.providerId()))
                .update();
    }

    public void close(String providerId, Instant at) {
        jdbc.sql("update provider set status = 'CLOSED', closed_at = ? where id = ?")
                .params(Timestamp.from(at), UUID.fromString(providerId)).update();
    }

    public Particulars particulars(String providerId) {
        return jdbc.sql("select legal_representative, address, status from provider where id = ?")
                .param(UUID.fromString(providerId)).query(Rows.of(Particulars.class)).single();
    }
}
