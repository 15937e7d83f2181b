package cn.eduapp.registry.publication;

import cn.eduapp.registry.rules.PlatformType;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/** What other modules may ask of the public side: the verification of an app by platform and identifier. */
@Service
public class PublicationManagement {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final Map<VerificationStatus, Counter> verifications = new EnumMap<>(VerificationStatus.class);

    PublicationManagement(JdbcClient jdbc, JsonMapper json, MeterRegistry meters, Clock clock) {
        this.jdbc = jdbc;
        for (VerificationStatus s : VerificationStatus.values()) {
            verifications.put(s, Counter.builder("registry.verifications").tag("status", s.name())
                    .description("Verification lookups by the status they answered").register(meters));
        }
        this.json = json;
        this.clock = clock;
    }

    /**
     * One primary-key lookup in the verification index; no row means NOT_FILED (drafts, rejected and
     * cancelled filings never enter it). The identifier matches exactly.
     */
    public Verification verify(PlatformType platform, String identifier) {
        Verification v = jdbc.sql("""
                        select status, filing_number, app_name, provider_name, category, as_of, log_index, body
                          from pub_verify where platform = ? and identifier = ?""")
                .params(platform.name(), identifier)
                .query((rs, i) -> new Verification(VerificationStatus.valueOf(rs.getString(1)), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant(),
                        rs.getObject(7, Long.class), rs.getString(8)))
                .optional()
                .orElseGet(this::notFiled);
        verifications.get(v.status()).increment();
        return v;
    }

    private Verification notFiled() {
        Instant now = clock.instant();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", VerificationStatus.NOT_FILED);
        body.put("filingNumber", null);
        body.put("appName", null);
        body.put("providerName", null);
        body.put("category", null);
        body.put("asOf", now);
        body.put("logIndex", null);
        return new Verification(VerificationStatus.NOT_FILED, null, null, null, null, now, null, json.writeValueAsString(body));
    }
}
