package cn.eduapp.registry.publication;

import cn.eduapp.registry.national.NationalApp;
import cn.eduapp.registry.national.NationalAppStatus;
import cn.eduapp.registry.national.NationalMirror;
import cn.eduapp.registry.publication.internal.domain.VerifyAnswer;
import cn.eduapp.registry.publication.internal.persistence.VerifyRows;
import cn.eduapp.registry.rules.PlatformType;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * What other modules may ask of the public side: the verification of an app by platform and identifier,
 * and the verify answer itself (the app stores' API sends it as it is).
 */
@Service
public class PublicationManagement {

    private final VerifyRows index;
    private final NationalMirror mirror;
    private final JsonMapper json;
    private final Clock clock;
    private final Map<VerificationStatus, Counter> verifications = new EnumMap<>(VerificationStatus.class);

    PublicationManagement(VerifyRows index, NationalMirror mirror, JsonMapper json, MeterRegistry meters, Clock clock) {
        this.index = index;
        this.mirror = mirror;
        for (VerificationStatus s : VerificationStatus.values()) {
            verifications.put(s, Counter.builder("registry.verifications").tag("status", s.name())
                    .description("Verification lookups by the status they answered").register(meters));
        }
        this.json = json;
        this.clock = clock;
    }

    /**
     * One primary-key lookup in the verification index; no row: the national mirror (an app filed in another
     * province answers REGISTERED or REVOKED with its province, issue 22), else NOT_FILED (drafts, rejected and
     * cancelled filings never enter either). The identifier matches exactly.
     */
    public Verification verify(PlatformType platform, String identifier) {
        return verification(platform, identifier, null);
    }

    /**
     * The verify answer as JSON bytes (API.md), from the same single lookup: the index row's ready answer, or,
     * when a certificate digest (lower-case hex SHA-256) is given and the filing's registered certificates are
     * known, that answer with {@code signatureMatches}.
     */
    public byte[] answer(PlatformType platform, String identifier, @Nullable String certSha256) {
        return verification(platform, identifier, certSha256).body().getBytes(StandardCharsets.UTF_8);
    }

    /** The signer certificates the filing with this number was registered with (empty: none known). */
    public Set<String> registeredCertificates(String filingNumber) {
        return Set.copyOf(index.registeredCertificates(filingNumber));
    }

    private Verification verification(PlatformType platform, String identifier, @Nullable String certSha256) {
        Verification v = index.find(platform.name(), identifier).map(row -> {
            String body = row.body();
            boolean matches = certSha256 != null && !row.certificates().isEmpty();
            if (matches || !body.contains("\"filedIn\"")) { // rows stored before issue 22 lack filedIn
                body = json.writeValueAsString(new VerifyAnswer(row.status(), row.filingNumber(), row.appName(),
                        row.providerName(), row.category(), row.asOf(), row.logIndex(), VerifyAnswer.BEIJING,
                        matches ? row.certificates().contains(certSha256) : null));
            }
            return new Verification(VerificationStatus.valueOf(row.status()), row.filingNumber(), row.appName(),
                    row.providerName(), row.category(), row.asOf(), row.logIndex(), body, VerifyAnswer.BEIJING);
        }).or(() -> elsewhere(platform, identifier)).orElseGet(this::notFiled);
        verifications.get(v.status()).increment();
        return v;
    }

    private java.util.Optional<Verification> elsewhere(PlatformType platform, String identifier) {
        return mirror.byPlatform(platform.name(), identifier).filter(a -> a.status() != NationalAppStatus.CANCELLED)
                .map(this::fromMirror);
    }

    private Verification fromMirror(NationalApp a) {
        VerificationStatus status = a.registered() ? VerificationStatus.REGISTERED : VerificationStatus.REVOKED;
        VerifyAnswer answer = VerifyAnswer.elsewhere(status.name(), a.filingNumber(), a.appName(), a.providerName(),
                a.category(), a.changedAt(), a.province());
        return new Verification(status, a.filingNumber(), a.appName(), a.providerName(), a.category(), answer.asOf(),
                null, json.writeValueAsString(answer), a.province());
    }

    private Verification notFiled() {
        Instant now = clock.instant();
        return new Verification(VerificationStatus.NOT_FILED, null, null, null, null, now, null,
                json.writeValueAsString(VerifyAnswer.notFiled(now)), null);
    }
}
