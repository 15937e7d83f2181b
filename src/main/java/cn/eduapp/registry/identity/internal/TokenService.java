package cn.eduapp.registry.identity.internal;

import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.system.security.BearerTokenAuthenticator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import cn.eduapp.registry.identity.internal.domain.StoredAccount;
import cn.eduapp.registry.identity.internal.persistence.AccountRepository;
import cn.eduapp.registry.identity.internal.persistence.TokenRepository;
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

    private final TokenRepository tokens;
    private final AccountRepository accounts;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    TokenService(TokenRepository tokens, AccountRepository accounts, Clock clock) {
        this.tokens = tokens;
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
        tokens.insert(hash(token), account.id(), now, expires, account.staff());
        return new IssuedToken(token, expires);
    }

    @Override
    public Optional<CurrentUser> authenticate(String token) {
        if (token.isEmpty() || token.length() > 100) {
            return Optional.empty();
        }
        String hash = hash(token);
        Optional<TokenRepository.StoredToken> row = tokens.find(hash);
        Instant now = clock.instant();
        if (row.isEmpty() || row.get().revoked() || !now.isBefore(row.get().expiresAt())) {
            return Optional.empty();
        }
        if (row.get().staff()) {
            if (!now.isBefore(row.get().lastUsedAt().plus(STAFF_IDLE))) {
                return Optional.empty();
            }
            if (now.isAfter(row.get().lastUsedAt().plus(TOUCH_GRANULARITY))) {
                tokens.touch(hash, now);
            }
        }
        return accounts.findById(row.get().accountId()).filter(StoredAccount::enabled).map(StoredAccount::currentUser);
    }

    void revoke(String token) {
        tokens.revoke(hash(token));
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
