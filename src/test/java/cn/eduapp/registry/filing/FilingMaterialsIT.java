package cn.eduapp.registry.filing;

import static cn.eduapp.registry.support.Fixtures.expect;
import static org.assertj.core.api.Assertions.assertThat;

import cn.eduapp.registry.support.Api;
import cn.eduapp.registry.support.Fixtures;
import cn.eduapp.registry.support.IntegrationTest;
import cn.eduapp.registry.support.Multipart;
import cn.eduapp.registry.support.PageSession;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Issue 21, point 4: a filing's materials, the rule MATERIALS and the 承诺书. */
class FilingMaterialsIT extends IntegrationTest {

    static final byte[] PDF = Fixtures.SMALL_PDF;
    static final byte[] EXE = "MZ\u0090\u0000\u0003\u0000\u0000\u0000This program cannot be run in DOS mode".getBytes(StandardCharsets.ISO_8859_1);

    private Api.Response upload(String filingId, String token, String kind, String fileName, byte[] content) {
        Multipart form = Multipart.of(Map.of("kind", kind), List.of(new Multipart.File("file", fileName, content)));
        return api().send("POST", "/api/v1/filings/" + filingId + "/materials", token, form.contentType(), form.body());
    }

    /** The MATERIALS errors of a refused submission, from the list of what is missing ("缺少：…") on. */
    private List<String> submitErrors(Fixtures.Provider p, String id) {
        Api.Response refused = expect(api().post("/api/v1/filings/" + id + "/submit", p.token()), 422);
        List<String> messages = new ArrayList<>();
        refused.json().path("errors").forEach(e -> {
            if (e.path("code").asString().equals("MATERIALS")) {
                String m = e.path("message").asString();
                messages.add(m.substring(m.indexOf("缺少：")));
            }
        });
        return messages;
    }

    @Test
    void uploadedListedDownloadedAndRemovedWhileADraftAndLockedOnceSubmitted() {
        Fixtures.Provider p = fixtures().beijingCompany();
        String id = fixtures().createFilingWithoutMaterials(p, Fixtures.compliantApp("材料测试体育", Fixtures.uniqueAndroidId()));
        JsonNode added = expect(upload(id, p.token(), "PRIVACY_POLICY", "隐私政策.pdf", PDF), 201).json();
        assertThat(added.path("kind").asString()).isEqualTo("PRIVACY_POLICY");
        assertThat(added.path("kindLabel").asString()).isEqualTo("隐私政策");
        assertThat(added.path("contentType").asString()).isEqualTo("application/pdf");
        assertThat(added.path("size").asLong()).isEqualTo(PDF.length);
        assertThat(added.path("sha256").asString()).hasSize(64);

        JsonNode list = expect(api().get("/api/v1/filings/" + id + "/materials", p.token()), 200).json().path("items");
        assertThat(list).hasSize(1);
        assertThat(list.get(0).path("fileName").asString()).isEqualTo("隐私政策.pdf");
        HttpResponse<byte[]> own = api().bytes(list.get(0).path("href").asString(), p.token());
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).isEqualTo(PDF);
        assertThat(own.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment");

        expect(api().send("DELETE", "/api/v1/filings/" + id + "/materials/" + added.path("id").asString(), p.token(), null, new byte[0]), 204);
        assertThat(api().get("/api/v1/filings/" + id + "/materials", p.token()).json().path("items")).isEmpty();

        for (String kind : Fixtures.REQUIRED_MATERIALS) {
            fixtures().uploadMaterial(p, id, kind);
        }
        expect(api().post("/api/v1/filings/" + id + "/submit", p.token()), 200);
        String mid = api().get("/api/v1/filings/" + id + "/materials", p.token()).json().path("items").get(0).path("id").asString();
        expect(api().send("DELETE", "/api/v1/filings/" + id + "/materials/" + mid, p.token(), null, new byte[0]), 409);
        expect(upload(id, p.token(), "OTHER", "补充.pdf", PDF), 409);

        // the city reviewer opens it inline, sandboxed; the download is audited
        HttpResponse<byte[]> seen = api().bytes("/api/v1/filings/" + id + "/materials/" + mid, api().token("city-reviewer"));
        assertThat(seen.statusCode()).isEqualTo(200);
        assertThat(seen.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("inline");
        assertThat(seen.headers().firstValue("X-Content-Type-Options").orElseThrow()).isEqualTo("nosniff");
        assertThat(seen.headers().firstValue("Content-Security-Policy").orElseThrow()).startsWith("sandbox");
        assertThat(audit("FILING", id)).contains("FILING_MATERIAL_ADDED", "FILING_MATERIAL_REMOVED", "FILING_MATERIAL_DOWNLOADED");
    }

    @Test
    void eachMissingMaterialIsNamedAndSubmissionRefused() {
        Fixtures.Provider p = fixtures().beijingNonProfit();
        fixtures().licenceForSubjectTraining(p);
        String id = fixtures().createFilingWithoutMaterials(p, Fixtures.subjectTrainingApp("材料数学" + p.username(), Fixtures.uniqueAndroidId()));
        assertThat(submitErrors(p, id)).singleElement().asString()
                .contains("签字盖章的承诺书", "ICP 备案证明", "网络安全等级保护备案证明", "办学许可证及中小学线上学科培训许可证复印件");
        JsonNode pre = expect(api().post("/api/v1/filings/" + id + "/precheck", p.token()), 200).json();
        assertThat(pre.path("ruleSetVersion").asString()).isEqualTo("2022.3");
        assertThat(pre.path("findings").valueStream().filter(f -> f.path("ruleId").asString().equals("MATERIALS"))
                .map(f -> f.path("clause").asString())).singleElement().asString().contains("京教信〔2022〕5号");

        expect(upload(id, p.token(), "COMMITMENT_LETTER", "承诺书.pdf", PDF), 201);
        expect(upload(id, p.token(), "ICP_PROOF", "icp.pdf", PDF), 201);
        String left = submitErrors(p, id).get(0);
        assertThat(left).contains("网络安全等级保护备案证明", "许可证复印件").doesNotContain("签字盖章的承诺书", "ICP 备案证明");
        expect(upload(id, p.token(), "MLPS_PROOF", "mlps.pdf", PDF), 201);
        assertThat(submitErrors(p, id).get(0)).contains("许可证复印件").doesNotContain("网络安全等级保护备案证明");
        expect(upload(id, p.token(), "LICENCE_COPY", "licence.pdf", PDF), 201);
        expect(api().post("/api/v1/filings/" + id + "/submit", p.token()), 200);
    }

    @Test
    void wrongTypeTooLargeAndPolyglotUploadsAreRefusedInChinese() {
        Fixtures.Provider p = fixtures().beijingCompany();
        String id = fixtures().createFilingWithoutMaterials(p, Fixtures.compliantApp("材料拒绝", Fixtures.uniqueAndroidId()));
        Api.Response exe = expect(upload(id, p.token(), "ICP_PROOF", "证明.pdf", EXE), 400);
        assertThat(exe.json().path("errors").get(0).path("code").asString()).isEqualTo("MATERIAL_TYPE");
        assertThat(exe.body()).contains("证明.pdf", "不是 PDF、PNG 或 JPEG 文件");

        byte[] large = new byte[6 * 1024 * 1024];
        System.arraycopy(PDF, 0, large, 0, PDF.length);
        Api.Response tooLarge = expect(upload(id, p.token(), "ICP_PROOF", "大.pdf", large), 413);
        assertThat(tooLarge.body()).contains("超过");

        byte[] script = ("%PDF-1.4\n1 0 obj\n<< /S /JavaScript /JS (app.alert(1)) >>\nendobj\ntrailer\n<<>>\n%%EOF\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        Api.Response polyglot = expect(upload(id, p.token(), "ICP_PROOF", "icp.pdf", script), 400);
        assertThat(polyglot.json().path("errors").get(0).path("code").asString()).isEqualTo("MATERIAL_POLYGLOT");
        byte[] html = (new String(PDF, StandardCharsets.ISO_8859_1) + "<html><script>alert(1)</script>")
                .getBytes(StandardCharsets.ISO_8859_1);
        expect(upload(id, p.token(), "ICP_PROOF", "icp.pdf", html), 400);

        Api.Response kind = expect(upload(id, p.token(), "PASSPORT", "icp.pdf", PDF), 400);
        assertThat(kind.json().path("errors").get(0).path("field").asString()).isEqualTo("kind");
        assertThat(api().get("/api/v1/filings/" + id + "/materials", p.token()).json().path("items")).isEmpty();
    }

    @Test
    void anotherProviderCannotReadAMaterialAndTheRefusalIsAudited() {
        Fixtures.Provider owner = fixtures().beijingCompany();
        Fixtures.Provider prober = fixtures().beijingCompany();
        String id = fixtures().createFiling(owner, a -> { });
        String mid = api().get("/api/v1/filings/" + id + "/materials", owner.token()).json().path("items").get(0).path("id").asString();
        expect(api().get("/api/v1/filings/" + id + "/materials/" + mid, prober.token()), 404);
        expect(api().get("/api/v1/filings/" + id + "/materials", prober.token()), 404);
        expect(upload(id, prober.token(), "OTHER", "x.pdf", PDF), 404);
        // agencies see a draft's materials only once it is submitted
        expect(api().get("/api/v1/filings/" + id + "/materials", api().token("city-reviewer")), 404);
        String account = jdbc.sql("select id::text from account where username = ?").param(prober.username()).query(String.class).single();
        List<String> refused = new ArrayList<>();
        api().get("/api/v1/audit?entityType=ACCOUNT&entityId=" + account + "&size=200", api().token("city-reviewer")).json()
                .path("items").forEach(i -> {
                    if (i.path("action").asString().equals("ACCESS_REFUSED")) {
                        refused.add(i.path("summary").asString());
                    }
                });
        assertThat(refused).anyMatch(s -> s.contains("404") && s.contains("/materials/" + mid));
    }

    @Test
    void theCommitmentLetterIsAPdfWithTheDeclarationsNames() throws Exception {
        Fixtures.Provider p = fixtures().beijingCompany();
        String name = "承诺书测试" + p.username().substring(0, 4);
        String id = fixtures().createFilingWithoutMaterials(p, Fixtures.compliantApp(name, Fixtures.uniqueAndroidId()));
        HttpResponse<byte[]> letter = api().bytes("/api/v1/filings/" + id + "/commitment-letter", p.token());
        assertThat(letter.statusCode()).isEqualTo(200);
        assertThat(letter.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/pdf");
        try (var doc = Loader.loadPDF(letter.body())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertThat(text).contains("教育移动应用备案承诺书", name, "京教信〔2022〕5号", "拍照搜题", "盖章");
        }
        expect(api().get("/api/v1/filings/" + id + "/commitment-letter", fixtures().beijingCompany().token()), 404);
    }

    @Test
    void aRevisionCarriesItsOwnMaterials() {
        Fixtures.Provider p = fixtures().beijingCompany();
        String id = fixtures().registered(p);
        String rid = expect(api().post("/api/v1/filings/" + id + "/revisions", p.token(), Api.json(Map.of("app",
                Fixtures.compliantApp("变更材料", Fixtures.uniqueAndroidId())))), 201).text("id");
        String base = "/api/v1/filings/" + id + "/revisions/" + rid + "/materials";
        Multipart form = Multipart.of(Map.of("kind", "PRIVACY_POLICY"), List.of(new Multipart.File("file", "新隐私政策.pdf", PDF)));
        String mid = expect(api().send("POST", base, p.token(), form.contentType(), form.body()), 201).text("id");
        assertThat(api().get(base, p.token()).json().path("items")).hasSize(1);
        // the filing's own list is apart from the revision's
        assertThat(api().get("/api/v1/filings/" + id + "/materials", p.token()).json().path("items").valueStream()
                .map(m -> m.path("id").asString())).doesNotContain(mid);
        expect(api().get(base, api().token("city-reviewer")), 404); // not submitted yet

        // the revision's page: the provider sees its materials and uploads another
        String revisionPage = "/filings/" + id + "/revisions/" + rid;
        PageSession provider = new PageSession(api().base());
        provider.login(p.username(), Fixtures.PASSWORD);
        String html = provider.get(revisionPage).body();
        assertThat(html).contains("新隐私政策.pdf", "随本次变更上传", "name=\"file\"").doesNotContain("下载承诺书");
        HttpResponse<String> sent = provider.postMultipart(revisionPage + "/materials", Multipart.of(
                Map.of("_csrf", PageSession.csrfOf(html), "kind", "USER_AGREEMENT"),
                List.of(new Multipart.File("file", "新用户协议.pdf", PDF))));
        assertThat(sent.statusCode()).isEqualTo(302);
        assertThat(sent.headers().firstValue("Location").orElseThrow()).endsWith(revisionPage + "#materials");
        assertThat(provider.get(revisionPage).body()).contains("新用户协议.pdf", "材料已上传");

        expect(api().post("/api/v1/filings/" + id + "/revisions/" + rid + "/submit", p.token()), 200);
        assertThat(api().bytes(base + "/" + mid, api().token("city-reviewer")).body()).isEqualTo(PDF);
        expect(api().send("DELETE", base + "/" + mid, p.token(), null, new byte[0]), 409);
        // the city reviewer sees them beside the changes and opens them inline; nothing to upload or remove
        PageSession city = new PageSession(api().base());
        city.login("city-reviewer", Api.DEMO_PASSWORD);
        String reviewed = city.get(revisionPage).body();
        assertThat(reviewed).contains("新隐私政策.pdf", "新用户协议.pdf").doesNotContain("name=\"file\"", "删除");
        HttpResponse<String> opened = city.get(revisionPage + "/materials/" + mid);
        assertThat(opened.statusCode()).isEqualTo(200);
        assertThat(opened.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("inline");
    }

    private List<String> audit(String type, String id) {
        List<String> actions = new ArrayList<>();
        api().get("/api/v1/audit?entityType=" + type + "&entityId=" + id + "&size=200", api().token("city-reviewer")).json()
                .path("items").forEach(i -> actions.add(i.path("action").asString()));
        return actions;
    }
}
