package cn.eduapp.registry.provider.internal.persistence;

import cn.eduapp.registry.system.data.Rows;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Claim codes of imported providers (hash only) and the provider's verification state they change. */
@Repository
public class ClaimCodeRepository {

    /** A provider's live claim code. */
    public record ClaimCode(String providerId, String codeHash, Instant issuedAt, Instant expiresAt,
                            @Nullable Instant usedAt, int failedAttempts, @Nullable Instant firstFailedAt,
                            @Nullable Instant lockedUntil) {
    }

    private final JdbcClient jdbc;

    ClaimCodeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<String> verification(String providerId) {
        return jdbc.sql("select verification from provider where id = ?").param(UUID.fromString(providerId))
                .query(String.class).optional();
    }

    /** A new code replaces the old one (and its failures). */
    public void replace(String providerId, String codeHash, Instant issuedAt, String issuedBy, Instant expiresAt) {
        jdbc.sql("""
                insert into provider_claim_code (provider_id, code_hash, issued_at, issued_by, expires_at)
                values (?, ?, ?, ?, ?)
                on conflict (provider_id) do update set code_hash = excluded.code_hash, issued_at = excluded.issued_at,
                    issued_by = excluded.issued_by, expires_at = excluded.expires_at, used_at = null,
                    failed_attempts = 0, first_failed_at = null, locked_until = null""")
                .params(UUID.fromString(providerId), codeHash, Timestamp.from(issuedAt), issuedBy, Timestamp.from(expiresAt))
                .update();
    }

    public Optional<ClaimCode> find(String providerId) {
        return jdbc.sql("""
                select provider_id::text, code_hash, issued_at, expires_at, used_at, failed_attempts, first_failed_at,
                       locked_until
                  from provider_claim_code where provider_id = ?""")
                .param(UUID.fromString(providerId)).query(Rows.of(ClaimCode.class)).optional();
    }

    public void recordFailure(String providerId, int attempts, Instant first, @Nullable Instant lockedUntil) {
        jdbc.sql("update provider_claim_code set failed_attempts = ?, first_failed_at = ?, locked_until = ? where provider_id = ?")
                .params(attempts, Timestamp.from(first), lockedUntil == null ? null : Timestamp.from(lockedUntil),
                        UUID.fromString(providerId))
                .update();
    }

    /** Uses the code once: false when it was used meanwhile. */
    public boolean use(String providerId, Instant at) {
        return jdbc.sql("update provider_claim_code set used_at = ? where provider_id = ? and used_at is null")
                .params(Timestamp.from(at), UUID.fromString(providerId)).update() == 1;
    }

    /** The claim verified the provider and gave its contact person. */
    public void markClaimed(String providerId, String contactName, String contactPhone, @Nullable String contactEmail,
                            Instant at) {
        jdbc.sql("""
                update provider set verification = 'VERIFIED', verified_at = ?, verified_by = 'claim',
                       verification_comment = null, contact_name = ?, contact_phone = ?, contact_email = ?
                 where id = ?""")
                .params(Timestamp.from(at), contactName, contactPhone, contactEmail, UUID.fromString(providerId))
                .update();
    }
}
