package cn.eduapp.registry.provider;

import static cn.eduapp.registry.support.Fixtures.expect;
import static org.assertj.core.api.Assertions.assertThat;

import cn.eduapp.registry.support.Api;
import cn.eduapp.registry.support.CreditCodes;
import cn.eduapp.registry.support.Fixtures;
import cn.eduapp.registry.support.IntegrationTest;
import cn.eduapp.registry.support.Multipart;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Issue 21 point 3: an organisation whose credit code another party holds files a dispute (public, both documents
 * checked by content); the city decides. Upheld: the holder's accounts end, the record is UNCLAIMED with a claim
 * code, and the disputant claims it and sees its filings. Rejected: nothing changes, the tracking shows why.
 */
class ProviderDisputeIT extends IntegrationTest {

    @Autowired
    cn.eduapp.registry.system.security.RateLimitFilter rateLimit;

    @BeforeEach
    void freshBudget() {
        rateLimit.reset();
    }

    private String city() {
        return api().token("city-reviewer");
    }

    static Map<String, String> fields(String creditCode) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("creditCode", creditCode);
        f.put("organisationName", "北京真正的教育科技有限公司");
        f.put("contactName", "赵六");
        f.put("contactPhone", "13700000000");
        f.put("contactEmail", "zhao@example.cn");
        f.put("statement", "该统一社会信用代码为本单位所有，见营业执照。");
        return f;
    }

    private Api.Response file(Map<String, String> fields, byte[] certificate, byte[] letter) {
        Multipart form = Multipart.of(fields, List.of(new Multipart.File("registrationCertificate", "执照.pdf", certificate),
                new Multipart.File("authorisationLetter", "委托书.pdf", letter)));
        return api().send("POST", "/api/v1/providers/disputes", null, form.contentType(), form.body());
    }

    private String fileFor(Fixtures.Provider p) {
        JsonNode r = expect(file(fields(p.creditCode()), Fixtures.PDF, Fixtures.PDF), 201).json();
        assertThat(r.path("status").asString()).isEqualTo("PENDING");
        return r.path("trackingNumber").asString();
    }

    private String disputeId(String trackingNumber) {
        return jdbc.sql("select id::text from provider_dispute where tracking_number = ?").param(trackingNumber)
                .query(String.class).single();
    }

    private long audited(String action, String entityId) {
        return jdbc.sql("select count(*) from audit_entry where action = ? and entity_id = ?").params(action, entityId)
                .query(Long.class).single();
    }

    @Test
    void anUpheldDisputeMovesTheRecordAndTheDisputantClaimsIt() {
        Fixtures.Provider holder = fixtures().beijingCompany();
        String filing = fixtures().createFiling(holder, a -> { });
        String tracking = fileFor(holder);
        assertThat(tracking).startsWith("ZY").hasSize(16);
        String id = disputeId(tracking);
        assertThat(audited("PROVIDER_DISPUTE_FILED", holder.id())).isEqualTo(1);

        // the queue shows it first; the detail has both documents beside the holder's profile
        JsonNode queue = expect(api().get("/api/v1/provider-disputes?q=" + holder.creditCode(), city()), 200).json();
        assertThat(queue.path("items").get(0).path("id").asString()).isEqualTo(id);
        JsonNode detail = expect(api().get("/api/v1/provider-disputes/" + id, city()), 200).json();
        assertThat(detail.path("documents")).hasSize(2);
        assertThat(detail.path("holder").path("name").asString()).isEqualTo(holder.name());
        assertThat(detail.path("holderAccounts").toString()).contains(holder.username());
        String url = detail.path("documents").get(0).path("url").asString();
        HttpResponse<byte[]> download = api().bytes(url, city());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(Fixtures.PDF);
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment");
        assertThat(audited("PROVIDER_DISPUTE_DOCUMENT_DOWNLOADED", holder.id())).isEqualTo(1);

        expect(api().post("/api/v1/provider-disputes/" + id + "/decision", city(), Api.json(Map.of("uphold", true))), 400);
        JsonNode decision = expect(api().post("/api/v1/provider-disputes/" + id + "/decision", city(),
                Api.json(Map.of("uphold", true, "comment", "争议方营业执照与代码一致"))), 200).json();
        String code = decision.path("claimCode").path("code").asString();
        assertThat(code).hasSize(12);
        assertThat(decision.path("dispute").path("status").asString()).isEqualTo("UPHELD");
        expect(api().post("/api/v1/provider-disputes/" + id + "/decision", city(),
                Api.json(Map.of("uphold", false, "comment", "再审"))), 409);

        // the holder's token and password no longer work
        expect(api().get("/api/v1/auth/me", holder.token()), 401);
        expect(api().post("/api/v1/auth/login", null,
                Api.json(Map.of("username", holder.username(), "password", Fixtures.PASSWORD))), 401);
        assertThat(jdbc.sql("select name || '/' || verification from provider where id = ?::uuid").param(holder.id())
                .query(String.class).single()).isEqualTo("北京真正的教育科技有限公司/UNCLAIMED");
        JsonNode tracked = expect(api().get("/api/v1/providers/disputes/" + tracking, null), 200).json();
        assertThat(tracked.path("status").asString()).isEqualTo("UPHELD");
        assertThat(tracked.path("comment").asString()).isEqualTo("争议方营业执照与代码一致");

        // the disputant claims the record with the code and sees its filings
        String username = "disp-" + UUID.randomUUID().toString().substring(0, 8);
        expect(api().post("/api/v1/providers/claims", null, Api.json(Map.of("creditCode", holder.creditCode(),
                "claimCode", code, "username", username, "password", Fixtures.PASSWORD,
                "contact", Map.of("name", "赵六", "phone", "13700000000")))), 201);
        String token = api().login(username, Fixtures.PASSWORD);
        expect(api().get("/api/v1/filings/" + filing, token), 200);
        assertThat(expect(api().get("/api/v1/providers/" + holder.id(), token), 200).text("name"))
                .isEqualTo("北京真正的教育科技有限公司");
        assertThat(audited("PROVIDER_DISPUTE_DECIDED", holder.id())).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'ACCOUNT_DISABLED' and summary = ?")
                .param("停用账号 " + holder.username()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aRejectedDisputeLeavesEverythingAndTheTrackingSaysWhy() {
        Fixtures.Provider holder = fixtures().beijingCompany();
        String tracking = fileFor(holder);
        String id = disputeId(tracking);
        assertThat(expect(api().get("/api/v1/providers/disputes/" + tracking.toLowerCase(), null), 200).text("status"))
                .isEqualTo("PENDING");
        expect(api().post("/api/v1/provider-disputes/" + id + "/decision", city(),
                Api.json(Map.of("uphold", false, "comment", "争议方提交的执照与代码不符"))), 200);
        JsonNode tracked = expect(api().get("/api/v1/providers/disputes/" + tracking, null), 200).json();
        assertThat(tracked.path("status").asString()).isEqualTo("REJECTED");
        assertThat(tracked.path("statusText").asString()).isEqualTo("争议不成立");
        assertThat(tracked.path("comment").asString()).isEqualTo("争议方提交的执照与代码不符");
        assertThat(tracked.toString()).doesNotContain(holder.name(), holder.id(), "13700000000");
        expect(api().get("/api/v1/auth/me", holder.token()), 200);
        assertThat(jdbc.sql("select name || '/' || verification from provider where id = ?::uuid").param(holder.id())
                .query(String.class).single()).isEqualTo(holder.name() + "/VERIFIED");
        expect(api().get("/api/v1/providers/disputes/ZYNOSUCHNUMBER22", null), 404);
    }

    @Test
    void wrongTypeTooLargePolyglotMissingAndUnknownCodesAreRefused() {
        Fixtures.Provider holder = fixtures().beijingCompany();
        Map<String, String> f = fields(holder.creditCode());
        assertThat(expect(file(f, ProviderVerificationIT.EXE, Fixtures.PDF), 400).body())
                .contains("DOCUMENT_TYPE", "registrationCertificate");
        expect(file(f, Fixtures.PDF, Arrays.copyOf(Fixtures.PDF, 5 * 1024 * 1024 + 1)), 413);
        byte[] zip = {'P', 'K', 3, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        byte[] polyglot = new byte[Fixtures.PDF.length + zip.length];
        System.arraycopy(Fixtures.PDF, 0, polyglot, 0, Fixtures.PDF.length);
        System.arraycopy(zip, 0, polyglot, Fixtures.PDF.length, zip.length);
        assertThat(expect(file(f, Fixtures.PDF, polyglot), 400).body()).contains("DOCUMENT_POLYGLOT", "authorisationLetter");
        Multipart one = Multipart.of(f, List.of(new Multipart.File("registrationCertificate", "执照.pdf", Fixtures.PDF)));
        assertThat(expect(api().send("POST", "/api/v1/providers/disputes", null, one.contentType(), one.body()), 400)
                .body()).contains("authorisationLetter");

        Map<String, String> blank = fields(holder.creditCode());
        blank.put("statement", " ");
        assertThat(expect(file(blank, Fixtures.PDF, Fixtures.PDF), 400).body()).contains("statement");
        Map<String, String> malformed = fields(CreditCodes.withWrongCheck(holder.creditCode()));
        assertThat(expect(file(malformed, Fixtures.PDF, Fixtures.PDF), 400).body()).contains("creditCode");
        Api.Response unknown = expect(file(fields(CreditCodes.generate("91", "110108")), Fixtures.PDF, Fixtures.PDF), 422);
        assertThat(unknown.body()).contains("PROVIDER_UNKNOWN", "直接注册");
        assertThat(jdbc.sql("select count(*) from provider_dispute where provider_id = ?::uuid").param(holder.id())
                .query(Long.class).single()).isZero();
    }

    @Test
    void onlyTheCityReadsDisputesAndTheirDocuments() {
        Fixtures.Provider holder = fixtures().beijingCompany();
        String id = disputeId(fileFor(holder));
        String url = expect(api().get("/api/v1/provider-disputes/" + id, city()), 200).json()
                .path("documents").get(0).path("url").asString();
        assertThat(api().bytes(url, holder.token()).statusCode()).isEqualTo(403);
        assertThat(api().bytes(url, null).statusCode()).isEqualTo(401);
        expect(api().get("/api/v1/provider-disputes/" + id, holder.token()), 403);
        expect(api().get("/api/v1/provider-disputes/" + id, api().token("moe-reviewer")), 403);
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'ACCESS_REFUSED' and summary like ?")
                .param("%" + id + "%").query(Long.class).single()).isGreaterThanOrEqualTo(2);
        // a made-up document of the dispute: 404, audited
        assertThat(api().bytes("/api/v1/provider-disputes/" + id + "/documents/" + UUID.randomUUID(), city())
                .statusCode()).isEqualTo(404);
        assertThat(audited("PROVIDER_DISPUTE_DOCUMENT_REFUSED", id)).isEqualTo(1);
    }
}
