package cn.eduapp.registry.identity.internal;

import cn.eduapp.registry.identity.internal.persistence.SecondFactorRepository;
import cn.eduapp.registry.identity.internal.persistence.AccountRepository;
import cn.eduapp.registry.identity.SecondFactorDisabled;
import cn.eduapp.registry.identity.SecondFactorEnabled;
import cn.eduapp.registry.identity.SecondFactorReset;
import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.system.web.ApiProblem;
import cn.eduapp.registry.system.web.Messages;
import cn.eduapp.registry.system.security.PersonalDataCipher;
import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The optional second factor of staff accounts (issue 8): a time-based one-time password (RFC 6238:
 * HMAC-SHA1, 6 digits, 30-second steps, the form every authenticator app reads). A code is accepted for
 * the step before, the current one and the one after (clocks drift), and only once: the step of the last
 * code accepted is kept and a code of that step or an earlier one is refused.
 */
@Service
public class SecondFactorService {

    static final Duration STEP = Duration.ofSeconds(30);
    static final int DIGITS = 6;
    static final String ISSUER = "北京教育移动应用备案";
    private static final int SECRET_BYTES = 20;
    private static final Pattern CODE = Pattern.compile("^\\d{6}$");

    /** What a login's code came to. */
    enum Check { NOT_ENABLED, ACCEPTED, REFUSED }

    /** A secret being set up: its Base32 text (to type in) and the otpauth URI (the QR code's content). */
    record Setup(String secret, String uri) {
    }

    private final SecondFactorRepository factors;
    private final PersonalDataCipher cipher;
    private final ApplicationEventPublisher events;
    private final Messages messages;
    private final Clock clock;
    private final AccountSessions sessions;
    private final AccountRepository accounts;
    private final SecureRandom random = new SecureRandom();

    SecondFactorService(SecondFactorRepository factors, PersonalDataCipher cipher, ApplicationEventPublisher events,
                        Messages messages, Clock clock, AccountSessions sessions, AccountRepository accounts) {
        this.sessions = sessions;
        this.accounts = accounts;
        this.factors = factors;
        this.cipher = cipher;
        this.events = events;
        this.messages = messages;
        this.clock = clock;
    }

    public boolean enabled(String accountId) {
        return factors.find(accountId).map(f -> f.secret() != null).orElse(false);
    }

    /** A new secret for the caller to add to an authenticator app; it takes effect once a code is confirmed. */
    @Transactional
    Setup begin(CurrentUser user) {
        requireStaff(user);
        if (enabled(user.accountId())) {
            throw ApiProblem.conflict("identity.secondFactor.alreadyEnabled");
        }
        byte[] bytes = new byte[SECRET_BYTES];
        random.nextBytes(bytes);
        String secret = new Base32().encodeToString(bytes).replace("=", "");
        factors.savePending(user.accountId(), Objects.requireNonNull(cipher.encrypt(secret)));
        return new Setup(secret, uri(user.username(), secret));
    }

    /** The caller's secret being set up, not yet confirmed. */
    Optional<Setup> pending(CurrentUser user) {
        return factors.find(user.accountId()).filter(f -> f.secret() == null && f.pendingSecret() != null)
                .map(f -> {
                    String secret = decrypt(Objects.requireNonNull(f.pendingSecret()));
                    return new Setup(secret, uri(user.username(), secret));
                });
    }

    /** The code from the app proves it holds the secret being set up: from now on logins ask for codes. */
    @Transactional
    void confirm(CurrentUser user, @Nullable String code) {
        requireStaff(user);
        SecondFactorRepository.Stored stored = factors.find(user.accountId()).orElse(null);
        if (stored == null || stored.pendingSecret() == null) {
            throw ApiProblem.conflict("identity.secondFactor.noSetup");
        }
        long step = step(decrypt(stored.pendingSecret()), code, clock.instant(), null)
                .orElseThrow(this::wrongCode);
        factors.enable(user.accountId(), stored.pendingSecret(), step, clock.instant());
        events.publishEvent(new SecondFactorEnabled(user.actor(), user.accountId()));
        // whatever was signed in with the password alone ends; this session, which proved the code, stays
        sessions.endOthers(user.accountId(), user.username());
    }

    /** Turning it off takes a current code, so a session left open cannot remove the account's second factor. */
    @Transactional
    void disable(CurrentUser user, @Nullable String code) {
        if (!enabled(user.accountId())) {
            throw ApiProblem.conflict("identity.secondFactor.notEnabled");
        }
        if (check(user.accountId(), code) != Check.ACCEPTED) {
            throw wrongCode();
        }
        factors.disable(user.accountId());
        events.publishEvent(new SecondFactorDisabled(user.actor(), user.accountId()));
    }

    /**
     * Removes another account's second factor for whoever manages it (the caller checks that): its next
     * login takes the password alone, and its holder can set up a new one. False when it had none.
     */
    @Transactional
    public boolean reset(String accountId, Actor by) {
        if (!enabled(accountId)) {
            return false;
        }
        factors.disable(accountId);
        events.publishEvent(new SecondFactorReset(by, accountId));
        accounts.findById(accountId).ifPresent(a -> sessions.endAll(a.id(), a.username()));
        return true;
    }

    /** A login's code: accepted once when it is the account's current one, refused otherwise. */
    Check check(String accountId, @Nullable String code) {
        SecondFactorRepository.Stored stored = factors.find(accountId).orElse(null);
        if (stored == null || stored.secret() == null) {
            return Check.NOT_ENABLED;
        }
        Optional<Long> step = step(decrypt(stored.secret()), code, clock.instant(), stored.lastStep());
        return step.isPresent() && factors.use(accountId, step.get()) ? Check.ACCEPTED : Check.REFUSED;
    }

    /** The step (of the previous, current or next 30 seconds, later than {@code after}) whose code this is. */
    static Optional<Long> step(String base32Secret, @Nullable String code, Instant now, @Nullable Long after) {
        String typed = code == null ? "" : code.replace(" ", "").trim();
        if (!CODE.matcher(typed).matches()) {
            return Optional.empty();
        }
        long current = now.getEpochSecond() / STEP.getSeconds();
        for (long s = current - 1; s <= current + 1; s++) {
            if ((after == null || s > after) && code(base32Secret, s).equals(typed)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** The code of one step. */
    static String code(String base32Secret, long step) {
        try {
            TimeBasedOneTimePasswordGenerator totp = new TimeBasedOneTimePasswordGenerator(STEP, DIGITS);
            SecretKeySpec key = new SecretKeySpec(new Base32().decode(base32Secret), totp.getAlgorithm());
            return totp.generateOneTimePasswordString(key, Instant.ofEpochSecond(step * STEP.getSeconds()));
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("unusable second-factor secret", e);
        }
    }

    static String uri(String username, String secret) {
        String label = enc(ISSUER) + ":" + enc(username);
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + enc(ISSUER)
                + "&algorithm=SHA1&digits=" + DIGITS + "&period=" + STEP.getSeconds();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private String decrypt(String stored) {
        return Objects.requireNonNull(cipher.decrypt(stored));
    }

    private ApiProblem wrongCode() {
        return ApiProblem.badField("code", "WRONG_CODE", messages.get("identity.secondFactor.wrongCode"));
    }

    private static void requireStaff(CurrentUser user) {
        if (!user.isStaff()) {
            throw ApiProblem.forbidden();
        }
    }
}
