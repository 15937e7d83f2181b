package cn.eduapp.registry.identity.internal;

import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.system.BearerTokenAuthenticator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Opaque bearer tokens: only their SHA-256 is stored, so a copy of the database grants nothing. They
 * expire after 8 hours, staff tokens also after 15 idle minutes, and logout revokes them.
 */
@Service
class TokenService implements BearerTokenAuthenticator {

    static final Duration LIFETIME = Duration.ofHours(8);
    static final Duration STAFF_IDLE = Duration.ofMinutes(15);
    // last use is written at most this often, so a busy client does not write on every call
    private static final Duration TOUCH_GRANULARITY = Duration.ofSeconds(30);

    private final JdbcClient jdbc;
    private final AccountRepository accounts;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    TokenService(JdbcClient jdbc, AccountRepository accounts, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.clock = clock;
    }

    record IssuedToken(String token, Instant expiresAt) {
    }

    IssuedToken issue(StoredAccount account) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        Instant expires = now.plus(LIFETIME);
        boolean staff = account.roles().stream().anyMatch(r -> r.isStaff());
        jdbc.sql("""
                insert into api_token (token_hash, account_id, issued_at, expires_at, last_used_at, staff)
                values (?, ?, ?, ?, ?, ?)""")
                .params(hash(token), UUID.fromString(account.id()), Timestamp.from(now), Timestamp.from(expires),
                        Timestamp.from(now), staff)
                .update();
        return new IssuedToken(token, expires);
    }

    @Override
    public Optional<CurrentUser> authenticate(String token) {
        if (token.isEmpty() || token.length() > 100) {
            return Optional.empty();
        }
        String hash = hash(token);
        record Row(String accountId, Instant expiresAt, Instant lastUsedAt, boolean staff, boolean revoked) {
        }
        Optional<Row> row = jdbc.sql("""
                select account_id, expires_at, last_used_at, staff, revoked_at is not null as revoked
                  from api_token where token_hash = ?""")
                .param(hash)
                .query((rs, i) -> new Row(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getTimestamp(3).toInstant(),
                        rs.getBoolean(4), rs.getBoolean(5)))
                .optional();
        Instant now = clock.instant();
        if (row.isEmpty() || row.get().revoked() || !now.isBefore(row.get().expiresAt())) {
            return Optional.empty();
        }
        if (row.get().staff()) {
            if (!now.isBefore(row.get().lastUsedAt().plus(STAFF_IDLE))) {
                return Optional.empty();
            }
            if (now.isAfter(row.get().lastUsedAt().plus(TOUCH_GRANULARITY))) {
                jdbc.sql("update api_token set last_used_at = ? where token_hash = ?")
                        .params(Timestamp.from(now), hash).update();
            }
        }
        return accounts.findById(row.get().accountId()).filter(StoredAccount::enabled).map(LoginService::currentUser);
    }

    void revoke(String token) {
        jdbc.sql("update api_token set revoked_at = ? where token_hash = ? and revoked_at is null")
                .params(Timestamp.from(clock.instant()), hash(token)).update();
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
