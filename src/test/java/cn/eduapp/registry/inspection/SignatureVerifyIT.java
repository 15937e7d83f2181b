package cn.eduapp.registry.inspection;

import static cn.eduapp.registry.support.Fixtures.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.eduapp.registry.support.Api;
import cn.eduapp.registry.support.Fixtures;
import cn.eduapp.registry.support.IntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Once a filing with an inspected package is registered, verify tells a copy signed by someone else. */
class SignatureVerifyIT extends IntegrationTest {

    static final Path API_DEMOS = Path.of("target/apk-fixtures/ApiDemos-debug.apk");

    @Test
    void verifyAnswersWhetherTheCertificateIsTheRegisteredOne() throws Exception {
        assumeTrue(Files.exists(API_DEMOS), "target/apk-fixtures/ApiDemos-debug.apk missing: run bench/fetch-apks.sh (needs npm)");
        Fixtures.Provider p = fixtures().beijingCompany();
        Map<String, Object> app = PackageUploads.declaring("io.appium.android.apis");
        String id = fixtures().createFiling(p, app);
        String cert = expect(new PackageUploads(api()).upload(id, p.token(), Files.readAllBytes(API_DEMOS)), 201)
                .json().path("signing").path("certificates").get(0).path("sha256").asString();
        expect(api().post("/api/v1/filings/" + id + "/submit", p.token()), 200);
        expect(api().post("/api/v1/filings/" + id + "/city-review", api().token("city-reviewer"),
                Api.json(Map.of("decision", "APPROVE"))), 200);
        expect(api().post("/api/v1/filings/" + id + "/moe-review", api().token("moe-reviewer"),
                Api.json(Map.of("decision", "REGISTER"))), 200);

        String store = api().token("appstore-demo");
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).untilAsserted(() -> {
            Api.Response genuine = expect(api().get("/api/v1/verify?platform=ANDROID&identifier=io.appium.android.apis&certSha256="
                    + cert, store), 200);
            assertThat(genuine.text("status")).isEqualTo("REGISTERED");
            assertThat(genuine.json().path("signatureMatches").asBoolean()).isTrue();
        });
        String other = "0".repeat(64);
        Api.Response repackaged = expect(api().get("/api/v1/verify?platform=ANDROID&identifier=io.appium.android.apis&certSha256="
                + other, store), 200);
        assertThat(repackaged.json().path("signatureMatches").isBoolean()).isTrue();
        assertThat(repackaged.json().path("signatureMatches").asBoolean()).isFalse();
    }
}
