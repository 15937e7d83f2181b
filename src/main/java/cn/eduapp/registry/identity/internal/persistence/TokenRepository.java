package cn.eduapp.registry.identity.internal.persistence;

import cn.eduapp.registry.system.data.Rows;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** api_token: bearer tokens by their SHA-256 (the token itself is never stored). */
@Repository
public class TokenRepository {

    /** A stored token: whose, until when, last used, a staff token (idle limit), revoked. */
    public record StoredToken(String accountId, Instant expiresAt, Instant lastUsedAt, boolean staff, boolean revoked) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    TokenRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void insert(String hash, String accountId, Instant issuedAt, Instant expiresAt, boolean staff) {
        jdbc.sql("""
                insert into api_token (token_hash, account_id, issued_at, expires_at, last_used_at, staff)
                values (?, ?, ?, ?, ?, ?)""")
                .params(hash, UUID.fromString(accountId), Timestamp.from(issuedAt), Timestamp.from(expiresAt),
                        Timestamp.from(issuedAt), staff)
                .update();
    }

    public Optional<StoredToken> find(String hash) {
        return jdbc.sql("""
                select account_id, expires_at, last_used_at, staff, revoked_at is not null as revoked
                  from api_token where token_hash = ?""")
                .param(hash).query(Rows.of(StoredToken.class)).optional();
    }

    public void touch(String hash, Instant at) {
        jdbc.sql("update api_token set last_used_at = ? where token_hash = ?").params(Timestamp.from(at), hash).update();
    }

    public void revoke(String hash) {
        jdbc.sql("update api_token set revoked_at = ? where token_hash = ? and revoked_at is null")
                .params(Timestamp.from(clock.instant()), hash).update();
    }

    /** Revokes every token of the account but the one whose hash is {@code keepHash} (none when null). */
    public void revokeAll(String accountId, @Nullable String keepHash) {
        UUID id = Uuids.parse(accountId);
        if (id == null) {
            return;
        }
        jdbc.sql("""
                update api_token set revoked_at = ? where account_id = ? and revoked_at is null
                   and token_hash is distinct from ?""")
                .params(Timestamp.from(clock.instant()), id, keepHash).update();
    }
}
