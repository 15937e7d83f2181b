package cn.eduapp.registry.enforcement;

import static cn.eduapp.registry.support.Fixtures.expect;
import static org.assertj.core.api.Assertions.assertThat;

import cn.eduapp.registry.support.Api;
import cn.eduapp.registry.support.Fixtures;
import cn.eduapp.registry.support.IntegrationTest;
import cn.eduapp.registry.support.Multipart;
import cn.eduapp.registry.support.PageSession;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Issue 20, point 4: the provider's statement (陈述申辩) with attachments: JPEG, PNG or PDF by content, at most 3 of
 * 5 MB, no polyglot, within the period; the reviewer and the provider download them (never inline), another
 * provider gets 404, and every download and refusal is audited.
 */
class StatementAttachmentsIT extends IntegrationTest {

    static final byte[] PDF = "%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
    static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 0, 0};

    static byte[] png() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    /** A case opened by the city's refusal finding on a registered filing of {@code p}; its statement period runs. */
    private String openCase(Fixtures.Provider p) {
        String filingId = fixtures().registered(p);
        String city = api().token("city-reviewer");
        String orderId = expect(api().post("/api/v1/rectifications", city, Api.json(Map.of("filingId", filingId,
                "reason", "应用内存在诱导未成年人消费的内容", "clause", "京教信〔2022〕5号 三", "deadlineWorkingDays", 10))), 201)
                .text("id");
        expect(api().post("/api/v1/rectifications/" + orderId + "/refusal-finding", city,
                Api.json(Map.of("evidence", "约谈时明确拒绝整改"))), 200);
        return api().get("/api/v1/rectifications/" + orderId, city).json().path("caseIds").get(0).asString();
    }

    private Api.Response statement(String caseId, String token, List<Multipart.File> files) {
        Multipart form = Multipart.of(Map.of("text", "我单位已整改，证明材料见附件"), files);
        return api().send("POST", "/api/v1/enforcement-cases/" + caseId + "/statement", token, form.contentType(), form.body());
    }

    private static Multipart.File file(String name, byte[] content) {
        return new Multipart.File("attachments", name, content);
    }

    private long audited(String action, String caseId) {
        return jdbc.sql("select count(*) from audit_entry where action = ? and entity_id = ?").params(action, caseId)
                .query(Long.class).single();
    }

    @Test
    void theProviderAttachesFilesTheReviewerAndTheProviderDownloadThemAnotherProviderGets404() throws Exception {
        Fixtures.Provider p = fixtures().beijingCompany();
        String caseId = openCase(p);
        byte[] png = png();

        // refusals leave the statement open: wrong type, too large, too many, a polyglot
        Api.Response exe = expect(statement(caseId, p.token(), List.of(file("证明.png", EXE))), 400);
        assertThat(exe.json().path("errors").get(0).path("code").asString()).isEqualTo("ATTACHMENT_TYPE");
        assertThat(exe.body()).contains("证明.png", "不是 JPEG、PNG 图片或 PDF 文件");
        Api.Response big = expect(statement(caseId, p.token(), List.of(file("大.png", Arrays.copyOf(png, 5 * 1024 * 1024 + 1)))), 413);
        assertThat(big.json().path("errors").get(0).path("code").asString()).isEqualTo("ATTACHMENT_TOO_LARGE");
        assertThat(big.body()).contains("超过 5 MB");
        Api.Response many = expect(statement(caseId, p.token(),
                List.of(file("1.png", png), file("2.png", png), file("3.png", png), file("4.png", png))), 400);
        assertThat(many.json().path("errors").get(0).path("code").asString()).isEqualTo("ATTACHMENT_TOO_MANY");
        byte[] polyglot = concat(png, "<html><script>alert(document.cookie)</script></html>".getBytes(StandardCharsets.UTF_8));
        Api.Response mixed = expect(statement(caseId, p.token(), List.of(file("截图.png", polyglot))), 400);
        assertThat(mixed.json().path("errors").get(0).path("code").asString()).isEqualTo("ATTACHMENT_POLYGLOT");
        assertThat(mixed.body()).contains("截图.png", "夹带了其他格式的内容");
        assertThat(expect(api().get("/api/v1/enforcement-cases/" + caseId, p.token()), 200).text("status"))
                .isEqualTo("NOTICE_SERVED");

        // the statement with a PNG (named .exe: the type comes from the bytes) and a PDF
        JsonNode c = expect(statement(caseId, p.token(), List.of(file("整改截图.exe", png), file("整改报告.pdf", PDF))), 200).json();
        assertThat(c.path("status").asString()).isEqualTo("STATEMENT_RECEIVED");
        assertThat(c.path("statement").asString()).isEqualTo("我单位已整改，证明材料见附件");
        JsonNode attachments = c.path("statementAttachments");
        assertThat(attachments.findValuesAsString("contentType")).containsExactly("image/png", "application/pdf");
        assertThat(attachments.get(0).path("sha256").asString()).isEqualTo(sha256(png));
        String url = attachments.get(0).path("url").asString();
        assertThat(url).startsWith("/api/v1/enforcement-cases/" + caseId + "/attachments/");

        // the reviewer deciding the case sees them and downloads them, never inline
        JsonNode seen = expect(api().get("/api/v1/enforcement-cases/" + caseId, api().token("city-reviewer")), 200).json();
        assertThat(seen.path("statementAttachments").findValuesAsString("fileName")).containsExactly("整改截图.exe", "整改报告.pdf");
        HttpResponse<byte[]> reviewer = api().bytes(url, api().token("city-reviewer"));
        assertThat(reviewer.statusCode()).isEqualTo(200);
        assertThat(reviewer.body()).isEqualTo(png);
        assertThat(reviewer.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(reviewer.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment").contains(".png");
        assertThat(reviewer.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        // the provider downloads its own
        assertThat(api().bytes(attachments.get(1).path("url").asString(), p.token()).body()).isEqualTo(PDF);
        assertThat(audited("ENFORCEMENT_ATTACHMENT_DOWNLOADED", caseId)).isEqualTo(2);

        // another provider: 404, as if there were no such file, and audited
        Fixtures.Provider other = fixtures().beijingCompany();
        assertThat(api().bytes(url, other.token()).statusCode()).isEqualTo(404);
        assertThat(api().get("/api/v1/enforcement-cases/" + caseId, other.token()).status()).isEqualTo(404);
        assertThat(audited("ENFORCEMENT_ATTACHMENT_REFUSED", caseId)).isEqualTo(1);
        assertThat(api().bytes("/api/v1/enforcement-cases/" + caseId + "/attachments/no-such-file", p.token()).statusCode())
                .isEqualTo(404);

        // the JSON statement keeps working (and a second statement is refused as before)
        expect(api().post("/api/v1/enforcement-cases/" + caseId + "/statement", p.token(),
                Api.json(Map.of("text", "再次陈述"))), 409);
    }

    @Test
    void afterTheStatementPeriodAttachmentsAreRefused() throws Exception {
        Fixtures.Provider p = fixtures().beijingCompany();
        String caseId = openCase(p);
        clock.advance(Duration.ofDays(20));
        api().forgetTokens();
        String token = api().login(p.username(), Fixtures.PASSWORD);
        Api.Response late = expect(statement(caseId, token, List.of(file("证明.png", png()))), 409);
        assertThat(late.body()).contains("陈述申辩期限已过");
        assertThat(jdbc.sql("select count(*) from enforcement_statement_attachment where case_id = ?::uuid").param(caseId)
                .query(Long.class).single()).isZero();
    }

    @Test
    void theStatementPageTakesAttachmentsAndListsThemForDownload() throws Exception {
        Fixtures.Provider p = fixtures().beijingCompany();
        String caseId = openCase(p);
        PageSession provider = new PageSession(api().base());
        assertThat(provider.login(p.username(), Fixtures.PASSWORD).statusCode()).isEqualTo(302);
        String page = provider.get("/enforcement/cases/" + caseId).body();
        assertThat(page).contains("enctype=\"multipart/form-data\"", "name=\"attachments\"", "附件（选填）");

        HttpResponse<String> refused = provider.postMultipart("/enforcement/cases/" + caseId + "/statement",
                Multipart.of(Map.of("_csrf", PageSession.csrfOf(page), "text", "已整改"), List.of(file("报告.pdf", EXE))));
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(provider.get("/enforcement/cases/" + caseId).body()).contains("报告.pdf", "不是 JPEG、PNG 图片或 PDF 文件");

        page = provider.get("/enforcement/cases/" + caseId).body();
        HttpResponse<String> sent = provider.postMultipart("/enforcement/cases/" + caseId + "/statement",
                Multipart.of(Map.of("_csrf", PageSession.csrfOf(page), "text", "已整改，报告见附件"),
                        List.of(file("整改报告.pdf", PDF))));
        assertThat(sent.statusCode()).isEqualTo(302);
        String after = provider.get("/enforcement/cases/" + caseId).body();
        assertThat(after).contains("陈述申辩已提交", "陈述申辩附件", "整改报告.pdf", sha256(PDF));
        String link = after.replaceAll("(?s).*href=\"(/enforcement/cases/[^\"]+/attachments/[^\"]+)\".*", "$1");
        HttpResponse<String> download = provider.get(link);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment");
        assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
