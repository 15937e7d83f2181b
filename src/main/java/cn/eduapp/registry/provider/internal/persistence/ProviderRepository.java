package cn.eduapp.registry.provider.internal.persistence;

import cn.eduapp.registry.provider.Licence;
import cn.eduapp.registry.provider.LicenceWithdrawal;
import cn.eduapp.registry.provider.ProviderProfile;
import cn.eduapp.registry.provider.ProviderRegistration;
import cn.eduapp.registry.provider.ProviderSnapshot;
import cn.eduapp.registry.shared.CreditCode;
import cn.eduapp.registry.shared.LegalPersonType;
import cn.eduapp.registry.shared.LicenceType;
import cn.eduapp.registry.shared.RegistrationAuthority;
import cn.eduapp.registry.system.data.Rows;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class ProviderRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    ProviderRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    public boolean creditCodeExists(String code) {
        return jdbc.sql("select count(*) from provider where credit_code = ?").param(code).query(Long.class).single() > 0;
    }

    public Optional<String> idByCreditCode(String code) {
        return jdbc.sql("select id::text from provider where credit_code = ?").param(code).query(String.class).optional();
    }

    public boolean exists(String id) {
        UUID uuid = parse(id);
        return uuid != null && jdbc.sql("select count(*) from provider where id = ?").param(uuid).query(Long.class).single() > 0;
    }

    public void insert(String id, ProviderRegistration r, CreditCode code) {
        jdbc.sql("""
                insert into provider (id, name, credit_code, legal_person_type, registration_authority, region,
                                      contact_name, contact_phone, contact_email)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.fromString(id), r.name().trim(), code.value(), r.legalPersonType().name(),
                        code.registrationAuthority().name(), code.region(), r.contact().name(), r.contact().phone(),
                        r.contact().email())
                .update();
    }

    public void insertLicence(String providerId, Licence l) {
        jdbc.sql("""
                insert into licence (id, provider_id, type, number, issuer, valid_from, valid_until)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.fromString(l.id()), UUID.fromString(providerId), l.type().name(), l.number(), l.issuer(),
                        Date.valueOf(l.validFrom()), Date.valueOf(l.validUntil()))
                .update();
    }

    public List<Licence> licences(String providerId) {
        return jdbc.sql("""
                select id, type, number, issuer, valid_from, valid_until, withdrawn_at is not null as withdrawn,
                       withdrawal_kind as withdrawal
                  from licence where provider_id = ? order by created_at, id""")
                .param(UUID.fromString(providerId))
                .query(Rows.of(Licence.class))
                .list();
    }

    public Optional<ProviderProfile> profile(String id, LocalDate today) {
        UUID uuid = parse(id);
        if (uuid == null) {
            return Optional.empty();
        }
        List<ProviderProfile.LicenceView> licences = licences(id).stream()
                .map(l -> new ProviderProfile.LicenceView(l.id(), l.type().name(), l.number(), l.issuer(), l.validFrom(),
                        l.validUntil(), l.statusOn(today), l.withdrawal()))
                .toList();
        return jdbc.sql("""
                select id, name, credit_code, legal_person_type, registration_authority, region, status,
                       contact_name, contact_phone, contact_email, banned_until
                  from provider where id = ?""")
                .param(uuid)
                .query(Rows.of(ProfileRow.class))
                .optional()
                .map(r -> new ProviderProfile(r.id(), r.name(), r.creditCode(), r.legalPersonType(),
                        r.registrationAuthority(), r.region(), r.status(), r.contactName(), r.contactPhone(),
                        r.contactEmail(), r.bannedUntil(), licences));
    }

    public Optional<ProviderSnapshot> snapshot(String id) {
        UUID uuid = parse(id);
        if (uuid == null) {
            return Optional.empty();
        }
        return jdbc.sql("select id, name, credit_code, legal_person_type, banned_until from provider where id = ?")
                .param(uuid)
                .query(Rows.of(SnapshotRow.class))
                .optional()
                .map(r -> r.snapshot(licences(id)));
    }

    public void withdrawLicence(String licenceId, LicenceWithdrawal kind, String reason, java.time.Instant at) {
        jdbc.sql("update licence set withdrawn_at = ?, withdrawal_reason = ?, withdrawal_kind = ? where id = ?")
                .params(java.sql.Timestamp.from(at), reason, kind.name(), UUID.fromString(licenceId)).update();
    }

    /** Providers and their licences in two queries, however many providers. */
    public java.util.Map<String, ProviderSnapshot> snapshots(java.util.Collection<String> ids) {
        if (ids.isEmpty()) {
            return java.util.Map.of();
        }
        UUID[] uuids = ids.stream().map(UUID::fromString).toArray(UUID[]::new);
        java.util.Map<String, List<Licence>> licences = new java.util.HashMap<>();
        jdbc.sql("""
                select provider_id::text as provider_id, id, type, number, issuer, valid_from, valid_until,
                       withdrawn_at is not null as withdrawn
                  from licence where provider_id = any(?)""")
                .param(uuids)
                .query(Rows.of(LicenceRow.class))
                .list()
                .forEach(r -> licences.computeIfAbsent(r.providerId(), k -> new java.util.ArrayList<>()).add(r.licence()));
        java.util.Map<String, ProviderSnapshot> out = new java.util.HashMap<>();
        jdbc.sql("select id::text as id, name, credit_code, legal_person_type, banned_until from provider where id = any(?)")
                .param(uuids)
                .query(Rows.of(SnapshotRow.class))
                .list()
                .forEach(r -> out.put(r.id(), r.snapshot(List.copyOf(licences.getOrDefault(r.id(), List.of())))));
        return out;
    }

    public void ban(String id, LocalDate on, LocalDate until, String reason, String clause) {
        jdbc.sql("""
                update provider set banned_on = ?, banned_until = ?, ban_reason = ?, ban_clause = ?, ban_lifted_on = null
                 where id = ?""")
                .params(Date.valueOf(on), Date.valueOf(until), reason, clause, UUID.fromString(id)).update();
    }

    /** Ends a running ban today; false when none was running. */
    public boolean liftBan(String id, LocalDate today) {
        return jdbc.sql("""
                update provider set ban_lifted_on = ?, banned_until = ?
                 where id = ? and banned_until is not null and banned_until > ? and ban_lifted_on is null""")
                .params(Date.valueOf(today), Date.valueOf(today), UUID.fromString(id), Date.valueOf(today)).update() == 1;
    }

    /** Marks every ban whose end has come as lifted, once; returns those providers. */
    public List<ProviderSnapshot> liftExpiredBans(LocalDate today) {
        List<String> ids = jdbc.sql("""
                update provider set ban_lifted_on = ?
                 where banned_until is not null and banned_until <= ? and ban_lifted_on is null
                returning id::text""")
                .params(Date.valueOf(today), Date.valueOf(today)).query(String.class).list();
        return ids.stream().map(this::snapshot).flatMap(Optional::stream).toList();
    }

    static @Nullable UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A provider from an existing registration: no contact, no account. */
    /** The ids of the providers stored under these credit codes, by code. */
    public Map<String, String> idsByCreditCode(Collection<String> codes) {
        Map<String, String> ids = new HashMap<>();
        jdbc.sql("select credit_code, id::text as id from provider where credit_code = any(?)")
                .param(codes.toArray(String[]::new))
                .query(Rows.of(CodeId.class))
                .list()
                .forEach(r -> ids.put(r.creditCode(), r.id()));
        return ids;
    }

    /** Providers known from existing registrations (no account, so UNCLAIMED; a contact when the file gave one). */
    public void insertImported(List<ImportedRow> rows) {
        batch.batchUpdate("""
                insert into provider (id, name, credit_code, legal_person_type, registration_authority, region,
                                      contact_name, contact_phone, contact_email, verification)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'UNCLAIMED')""", rows.stream().map(r -> new Object[] {
                UUID.fromString(r.id()), r.name(), r.code().value(), r.type().name(),
                r.code().registrationAuthority().name(), r.code().region(), r.contactName(), r.contactPhone(),
                r.contactEmail()}).toList());
    }

    private record ProfileRow(String id, String name, String creditCode, LegalPersonType legalPersonType,
                              RegistrationAuthority registrationAuthority, String region, String status,
                              @Nullable String contactName, @Nullable String contactPhone, @Nullable String contactEmail,
                              @Nullable LocalDate bannedUntil) {
    }

    private record SnapshotRow(String id, String name, String creditCode, LegalPersonType legalPersonType,
                               @Nullable LocalDate bannedUntil) {

        ProviderSnapshot snapshot(List<Licence> licences) {
            return new ProviderSnapshot(id, name, CreditCode.of(creditCode), legalPersonType, licences, bannedUntil);
        }
    }

    /** A licence without its withdrawal kind: a withdrawn one reads as RESCINDED (Licence's short constructor). */
    private record LicenceRow(String providerId, String id, LicenceType type, String number, String issuer,
                              LocalDate validFrom, LocalDate validUntil, boolean withdrawn) {

        Licence licence() {
            return new Licence(id, type, number, issuer, validFrom, validUntil, withdrawn);
        }
    }

    private record CodeId(String creditCode, String id) {
    }

    public record ImportedRow(String id, String name, CreditCode code, LegalPersonType type,
                              @Nullable String contactName, @Nullable String contactPhone, @Nullable String contactEmail) {
    }
}
