package cn.eduapp.registry.provider;

import static cn.eduapp.registry.support.Fixtures.expect;
import static org.assertj.core.api.Assertions.assertThat;

import cn.eduapp.registry.support.Api;
import cn.eduapp.registry.support.CreditCodes;
import cn.eduapp.registry.support.Fixtures;
import cn.eduapp.registry.support.IntegrationTest;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Issue 21, point 1: a provider uploads its registration certificate and authorisation letter (PDF, PNG, JPEG or
 * OFD by content, size-limited, no polyglot, hashed); until the city verifies it, submitting a filing is 422
 * PROVIDER_NOT_VERIFIED while drafting and the self-check stay open; a refusal says why and the provider uploads
 * again; documents are read by the provider itself and city reviewers only (others 404, audited).
 */
class ProviderVerificationIT extends IntegrationTest {

    static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 0, 0};

    private Fixtures.Provider unverified() {
        return fixtures().registerUnverified("FOR_PROFIT", CreditCodes.generate("91", "110108"));
    }

    private Api.Response decide(Fixtures.Provider p, Map<String, Object> body) {
        return api().post("/api/v1/providers/" + p.id() + "/verification", api().token("city-reviewer"), Api.json(body));
    }

    private long audited(String action, String providerId) {
        return jdbc.sql("select count(*) from audit_entry where action = ? and entity_id = ?").params(action, providerId)
                .query(Long.class).single();
    }

    static byte[] ofd() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("OFD.xml"));
            zip.write("<ofd:OFD xmlns:ofd=\"http://www.ofdspec.org/2016\" Version=\"1.0\"/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    @Test
    void registerUploadRefusedSubmitVerifySubmit() throws Exception {
        Fixtures.Provider p = unverified();
        String filing = fixtures().createFiling(p, a -> { });
        assertThat(expect(api().post("/api/v1/filings/" + filing + "/precheck", p.token()), 200).status()).isEqualTo(200);

        Api.Response refused = expect(api().post("/api/v1/filings/" + filing + "/submit", p.token()), 422);
        assertThat(refused.body()).contains("PROVIDER_NOT_VERIFIED", "单位核验");
        assertThat(expect(api().get("/api/v1/providers/" + p.id() + "/verification", p.token()), 200).text("verification"))
                .isEqualTo("UNVERIFIED");

        // one document is not enough; an OFD counts as a document
        expect(fixtures().uploadDocument(p, "REGISTRATION_CERTIFICATE", "执照.ofd", ofd()), 201);
        assertThat(api().get("/api/v1/providers/" + p.id() + "/verification", p.token()).text("verification"))
                .isEqualTo("UNVERIFIED");
        JsonNode letter = expect(fixtures().uploadDocument(p, "AUTHORISATION_LETTER", "委托书.pdf", Fixtures.PDF), 201).json();
        assertThat(letter.path("sha256").asString()).hasSize(64);
        JsonNode status = expect(api().get("/api/v1/providers/" + p.id() + "/verification", p.token()), 200).json();
        assertThat(status.path("verification").asString()).isEqualTo("PENDING");
        assertThat(status.path("documents")).hasSize(2);

        // the queue shows it to the city
        String queue = expect(api().get("/api/v1/providers/verification-queue?size=200", api().token("city-reviewer")), 200).body();
        assertThat(queue).contains(p.id());

        expect(decide(p, Map.of("verified", true)), 200);
        expect(api().post("/api/v1/filings/" + filing + "/submit", p.token()), 200);
        assertThat(audited("PROVIDER_VERIFIED", p.id())).isEqualTo(1);
        assertThat(audited("PROVIDER_DOCUMENT_UPLOADED", p.id())).isEqualTo(2);
    }

    @Test
    void rejectionSaysWhyAndTheProviderUploadsAgain() {
        Fixtures.Provider p = unverified();
        fixtures().uploadDocuments(p);
        Api.Response noReason = expect(decide(p, Map.of("verified", false)), 400);
        assertThat(noReason.body()).contains("comment");
        expect(decide(p, Map.of("verified", false, "comment", "授权委托书未加盖公章")), 200);
        JsonNode status = expect(api().get("/api/v1/providers/" + p.id() + "/verification", p.token()), 200).json();
        assertThat(status.path("verification").asString()).isEqualTo("REJECTED");
        assertThat(status.path("comment").asString()).isEqualTo("授权委托书未加盖公章");
        assertThat(audited("PROVIDER_VERIFICATION_REJECTED", p.id())).isEqualTo(1);

        // deciding again without new documents is a conflict
        expect(decide(p, Map.of("verified", true)), 409);
        fixtures().uploadDocuments(p);
        assertThat(api().get("/api/v1/providers/" + p.id() + "/verification", p.token()).text("verification"))
                .isEqualTo("PENDING");
        expect(decide(p, Map.of("verified", true)), 200);
        // verified: no more uploads needed
        expect(fixtures().uploadDocument(p, "AUTHORISATION_LETTER", "x.pdf", Fixtures.PDF), 409);
    }

    @Test
    void wrongTypeTooLargeAndPolyglotAreRefused() throws Exception {
        Fixtures.Provider p = unverified();
        Api.Response exe = expect(fixtures().uploadDocument(p, "REGISTRATION_CERTIFICATE", "执照.pdf", EXE), 400);
        assertThat(exe.body()).contains("DOCUMENT_TYPE", "执照.pdf");
        byte[] big = Arrays.copyOf(Fixtures.PDF, 5 * 1024 * 1024 + 1);
        expect(fixtures().uploadDocument(p, "REGISTRATION_CERTIFICATE", "大.pdf", big), 413);
        byte[] zipped = ofd();
        byte[] polyglot = new byte[Fixtures.PDF.length + zipped.length];
        System.arraycopy(Fixtures.PDF, 0, polyglot, 0, Fixtures.PDF.length);
        System.arraycopy(zipped, 0, polyglot, Fixtures.PDF.length, zipped.length);
        assertThat(expect(fixtures().uploadDocument(p, "REGISTRATION_CERTIFICATE", "执照.pdf", polyglot), 400).body())
                .contains("DOCUMENT_POLYGLOT");
        byte[] ofdWithTail = Arrays.copyOf(zipped, zipped.length + 20);
        assertThat(expect(fixtures().uploadDocument(p, "REGISTRATION_CERTIFICATE", "执照.ofd", ofdWithTail), 400).body())
                .contains("DOCUMENT_POLYGLOT");
        expect(fixtures().uploadDocument(p, "LICENCE", "执照.pdf", Fixtures.PDF), 400);
        assertThat(audited("PROVIDER_DOCUMENT_UPLOADED", p.id())).isZero();
    }

    @Test
    void onlyTheProviderAndTheCityReadItsDocuments() {
        Fixtures.Provider p = unverified();
        fixtures().uploadDocuments(p);
        String url = expect(api().get("/api/v1/providers/" + p.id() + "/verification", p.token()), 200).json()
                .path("documents").get(0).path("url").asString();

        HttpResponse<byte[]> own = api().bytes(url, p.token());
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).isEqualTo(Fixtures.PDF);
        assertThat(own.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment");
        assertThat(api().bytes(url, api().token("city-reviewer")).statusCode()).isEqualTo(200);
        assertThat(audited("PROVIDER_DOCUMENT_DOWNLOADED", p.id())).isEqualTo(2);

        Fixtures.Provider other = fixtures().beijingCompany();
        assertThat(api().bytes(url, other.token()).statusCode()).isEqualTo(404);
        assertThat(audited("PROVIDER_DOCUMENT_REFUSED", p.id())).isEqualTo(1);
        // another provider cannot upload for it either
        expect(fixtures().uploadDocument(new Fixtures.Provider(p.id(), p.name(), p.creditCode(), other.username(),
                other.token()), "AUTHORISATION_LETTER", "x.pdf", Fixtures.PDF), 404);
    }
}
