package cn.eduapp.registry.provider;

import cn.eduapp.registry.identity.IdentityManagement;
import cn.eduapp.registry.identity.NewAccount;
import cn.eduapp.registry.provider.internal.ClaimAttempts;
import cn.eduapp.registry.provider.internal.ProviderSettings;
import cn.eduapp.registry.provider.internal.persistence.ClaimCodeRepository;
import cn.eduapp.registry.provider.internal.persistence.ClaimCodeRepository.ClaimCode;
import cn.eduapp.registry.provider.internal.persistence.ProviderRepository;
import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.Beijing;
import cn.eduapp.registry.shared.CreditCode;
import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.shared.ProviderId;
import cn.eduapp.registry.shared.Role;
import cn.eduapp.registry.system.web.ApiProblem;
import cn.eduapp.registry.system.web.Messages;
import cn.eduapp.registry.system.web.ProblemError;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Claiming an imported provider (issue 21): agencies find a provider by its credit code, the city issues a
 * one-time claim code (delivered out of band), and the organisation claims with it, getting its first account;
 * the claim verifies the provider. A wrong code counts like a wrong password ({@link ClaimAttempts}); wrong,
 * expired and used codes are refused in the same words.
 */
@Service
public class ProviderClaims {

    /** Crockford-like: no 0/O, 1/I/L, so a code read over the phone is typed right. */
    private static final char[] ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();
    private static final int LENGTH = 12;

    private final ProviderRepository providers;
    private final ClaimCodeRepository codes;
    private final ClaimAttempts attempts;
    private final IdentityManagement identity;
    private final ProviderSettings settings;
    private final ApplicationEventPublisher events;
    private final Messages messages;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ProviderClaims(ProviderRepository providers, ClaimCodeRepository codes, ClaimAttempts attempts,
                   IdentityManagement identity, ProviderSettings settings, ApplicationEventPublisher events,
                   Messages messages, Clock clock) {
        this.providers = providers;
        this.codes = codes;
        this.attempts = attempts;
        this.identity = identity;
        this.settings = settings;
        this.events = events;
        this.messages = messages;
        this.clock = clock;
    }

    /** The provider under this credit code (none or one), for agencies; a malformed code is 400. */
    public List<ProviderProfile> byCreditCode(String creditCode) {
        String code = creditCode.trim().toUpperCase(Locale.ROOT);
        CreditCode.problem(code).ifPresent(p -> {
            throw ApiProblem.badField("creditCode", "CREDIT_CODE_" + p.name(), messages.get("creditCode." + p.name()));
        });
        return providers.idByCreditCode(code).flatMap(id -> providers.profile(id, Beijing.today(clock))).stream().toList();
    }

    /** UNVERIFIED, PENDING, VERIFIED, REJECTED or UNCLAIMED. */
    public String verification(String providerId) {
        return codes.verification(providerId).orElseThrow(ApiProblem::notFound);
    }

    /** The live claim code's expiry, when one was issued and not used. */
    public Optional<Instant> claimCodeExpiry(String providerId) {
        return codes.find(providerId).filter(c -> c.usedAt() == null).map(ClaimCode::expiresAt);
    }

    /** A new claim code for an unclaimed provider (the old one no longer works); 409 for any other provider. */
    @Transactional
    public IssuedClaimCode issueClaimCode(String providerId, CurrentUser user) {
        String verification = codes.verification(providerId).orElseThrow(ApiProblem::notFound);
        if (!"UNCLAIMED".equals(verification)) {
            throw ApiProblem.conflict("provider.claim.notUnclaimed");
        }
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        Instant now = clock.instant();
        Instant expiresAt = now.plus(settings.claimCodeValidity());
        codes.replace(providerId, hash(code.toString()), now, user.username(), expiresAt);
        events.publishEvent(new ClaimCodeIssued(user.actor(), ProviderId.of(providerId), expiresAt));
        return new IssuedClaimCode(code.toString(), expiresAt);
    }

    /** Claims the provider: its first account (password policy applies), the code used, the provider verified. */
    @Transactional
    public ProviderProfile claim(ProviderClaim c, String client) {
        String creditCode = c.creditCode().trim().toUpperCase(Locale.ROOT);
        Optional<String> providerId = CreditCode.problem(creditCode).isPresent() ? Optional.empty()
                : providers.idByCreditCode(creditCode);
        Optional<ClaimCode> found = providerId.flatMap(codes::find);
        if (found.isEmpty() || !"UNCLAIMED".equals(codes.verification(providerId.get()).orElse(""))) {
            attempts.refused(providerId.orElse(""), client, "NOT_CLAIMABLE");
            throw refused();
        }
        ClaimCode code = found.get();
        if (attempts.locked(code)) {
            attempts.refused(code.providerId(), client, "LOCKED");
            throw new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, "provider.claim.locked",
                    List.of(new ProblemError("claimCode", "CLAIM_LOCKED", messages.get("provider.claim.locked"))));
        }
        String normalised = c.claimCode().trim().toUpperCase(Locale.ROOT).replace("-", "").replace(" ", "");
        if (!MessageDigest.isEqual(hash(normalised).getBytes(StandardCharsets.US_ASCII),
                code.codeHash().getBytes(StandardCharsets.US_ASCII))) {
            attempts.countWrongCode(code, client);
            throw refused();
        }
        Instant now = clock.instant();
        if (code.usedAt() != null || !now.isBefore(code.expiresAt())) {
            attempts.refused(code.providerId(), client, code.usedAt() != null ? "USED" : "EXPIRED");
            throw refused();
        }
        String id = code.providerId();
        if (!codes.use(id, now)) {
            throw refused();
        }
        String accountId = identity.createAccount(new NewAccount(id, c.username(), c.password(), Set.of(Role.PROVIDER)));
        codes.markClaimed(id, c.contact().name().trim(), c.contact().phone().trim(),
                c.contact().email() == null || c.contact().email().isBlank() ? null : c.contact().email().trim(), now);
        ProviderProfile profile = providers.profile(id, Beijing.today(clock)).orElseThrow();
        events.publishEvent(new ProviderClaimed(new Actor(c.username(), id), ProviderId.of(id), profile.name(), profile.creditCode(),
                accountId));
        return profile;
    }

    private ApiProblem refused() {
        return new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, "provider.claim.refused",
                List.of(new ProblemError("claimCode", "CLAIM_REFUSED", messages.get("provider.claim.refused"))));
    }

    static String hash(String code) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
