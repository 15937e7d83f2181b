package cn.eduapp.registry.certificate;

import static cn.eduapp.registry.support.Fixtures.expect;
import static org.assertj.core.api.Assertions.assertThat;

import cn.eduapp.registry.document.PdfSignatures;
import cn.eduapp.registry.support.Fixtures;
import cn.eduapp.registry.support.IntegrationTest;
import cn.eduapp.registry.support.PublicationFixtures;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * 备案证明: the certificate's text read back, its PAdES signature verified (and broken by one changed byte),
 * its QR code decoded to the public page, which shows the certificate's SHA-256; who may download it.
 */
class CertificateIT extends IntegrationTest {

    @Test
    void aRegisteredFilingsCertificateReadsBackIsSignedAndItsQrCodeOpensThePublicPageWithItsDigest() throws Exception {
        PublicationFixtures pub = new PublicationFixtures(api());
        Fixtures.Provider p = pub.provider("证明科技" + PublicationFixtures.marker() + "有限公司");
        String name = "证明课堂" + PublicationFixtures.marker();
        PublicationFixtures.App app = pub.registered(p, name);

        HttpResponse<byte[]> r = api().bytes("/api/v1/filings/" + app.id() + "/certificate", p.token());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
        byte[] pdf = r.body();

        String text = Pdfs.text(pdf);
        assertThat(text).contains("教育移动互联网应用程序备案证明", name, p.name(), p.creditCode(), app.filingNumber(),
                app.androidId(), "安卓", "学科培训类", "北京市教育委员会", "审核所依规则版本").doesNotContain("#####");
        assertThat(text).containsPattern("审核所依规则版本\\s*\\d{4}\\.\\d+");

        PdfSignatures.Verification v = PdfSignatures.verify(pdf);
        assertThat(v.valid()).isTrue();
        assertThat(v.subFilter()).isEqualTo("ETSI.CAdES.detached");
        byte[] altered = pdf.clone();
        int at = new String(pdf, StandardCharsets.ISO_8859_1).indexOf(p.creditCode().substring(0, 1), 2000);
        altered[Math.max(at, 1000)] ^= 0x01;
        assertThat(PdfSignatures.verify(altered).valid()).as("one changed byte").isFalse();

        String url = "http://localhost:8080/public/filings/"
                + URLEncoder.encode(app.filingNumber(), StandardCharsets.UTF_8).replace("+", "%20");
        assertThat(Pdfs.qrCode(pdf)).isEqualTo(url);

        String sha = PdfSignatures.sha256(pdf);
        assertThat(r.headers().firstValue("X-Certificate-SHA256").orElseThrow()).isEqualTo(sha);
        Awaitility.await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(api().get("/public/filings/" + PublicationFixtures.encode(app.filingNumber()), null).body())
                        .contains(sha).contains("备案证明 SHA-256"));

        assertThat(api().bytes("/api/v1/filings/" + app.id() + "/certificate", api().token("city-reviewer")).body())
                .as("kept as issued: agencies get the same file").isEqualTo(pdf);
    }

    @Test
    void onlyTheProviderAndAgenciesGetACertificateAndOnlyOnceTheFilingHasANumber() {
        PublicationFixtures pub = new PublicationFixtures(api());
        Fixtures.Provider p = pub.provider("证明权限" + PublicationFixtures.marker() + "有限公司");
        PublicationFixtures.App app = pub.registered(p, "权限课堂" + PublicationFixtures.marker());
        Fixtures.Provider other = fixtures().beijingCompany();

        assertThat(api().bytes("/api/v1/filings/" + app.id() + "/certificate", other.token()).statusCode()).isEqualTo(404);
        assertThat(api().bytes("/api/v1/filings/" + app.id() + "/certificate", api().token("school-haidian-1")).statusCode())
                .isEqualTo(403);
        assertThat(api().bytes("/api/v1/filings/" + app.id() + "/certificate", null).statusCode()).isEqualTo(401);
        assertThat(api().bytes("/api/v1/filings/" + app.id() + "/certificate", api().token("moe-reviewer")).statusCode())
                .isEqualTo(200);

        String draft = pub.draft(p, "草稿课堂", Fixtures.uniqueAndroidId());
        expect(api().get("/api/v1/filings/" + draft + "/certificate", p.token()), 409);
    }
}
