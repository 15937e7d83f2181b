package cn.eduapp.registry.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Domain-language fixtures through the real API: providers that register, declarations that pass or
 * fail the pre-check, filings taken to any status.
 */
public class Fixtures {

    public static final String PASSWORD = "Fixture-Passw0rd!";

    private final Api api;

    public Fixtures(Api api) {
        this.api = api;
    }

    public record Provider(String id, String name, String creditCode, String username, String token) {
    }

    /** A Beijing enterprise (for-profit): fine for non-subject filings. */
    public Provider beijingCompany() {
        return register("FOR_PROFIT", CreditCodes.generate("91", "110108"));
    }

    /** A Beijing 民办非企业单位 registered with civil affairs (authority 5), non-profit. */
    public Provider beijingNonProfit() {
        return register("NON_PROFIT", CreditCodes.generate("52", "110108"));
    }

    /** A tiny clean PDF, the documents a provider's verification rests on (issue 21). */
    public static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"
            .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

    /** Registers, uploads both documents and is verified by the city (issue 21): it may submit filings. */
    public Provider register(String legalPersonType, String creditCode) {
        return verified(registerUnverified(legalPersonType, creditCode));
    }

    /** Uploads both documents and has the city verify them; returns {@code p}. */
    public Provider verified(Provider p) {
        uploadDocuments(p);
        Api.Response r = api.post("/api/v1/providers/" + p.id() + "/verification", api.token("city-reviewer"),
                Api.json(Map.of("verified", true)));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return p;
    }

    /** Uploads a registration certificate and an authorisation letter (tiny PDFs). */
    public void uploadDocuments(Provider p) {
        for (String kind : List.of("REGISTRATION_CERTIFICATE", "AUTHORISATION_LETTER")) {
            Api.Response r = uploadDocument(p, kind, kind.toLowerCase() + ".pdf", PDF);
            assertThat(r.status()).as(r.body()).isEqualTo(201);
        }
    }

    public Api.Response uploadDocument(Provider p, String kind, String fileName, byte[] content) {
        Multipart form = Multipart.of(Map.of("kind", kind), List.of(new Multipart.File("file", fileName, content)));
        return api.send("POST", "/api/v1/providers/" + p.id() + "/documents", p.token(), form.contentType(), form.body());
    }

    /** Registered only: UNVERIFIED, may draft and self-check but not submit. */
    public Provider registerUnverified(String legalPersonType, String creditCode) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String username = "p-" + suffix;
        String name = "北京测试教育科技" + suffix;
        Map<String, Object> body = Map.of("name", name, "creditCode", creditCode, "legalPersonType", legalPersonType,
                "contact", Map.of("name", "张三", "phone", "13800000000", "email", "a@b.cn"),
                "account", Map.of("username", username, "password", PASSWORD));
        Api.Response r = api.post("/api/v1/providers", null, Api.json(body));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return new Provider(r.text("id"), name, creditCode, username, api.login(username, PASSWORD));
    }

    /** The licences subject training needs, valid from a year ago for two years. */
    public void licenceForSubjectTraining(Provider p) {
        addLicence(p, "SCHOOL_RUNNING_LICENCE", "教民111010870000001", "2025-01-01", "2030-12-31");
        addLicence(p, "ONLINE_SUBJECT_TRAINING_PERMIT", "京线上培训2025001", "2025-01-01", "2030-12-31");
    }

    public String addLicence(Provider p, String type, String number, String from, String until) {
        Api.Response r = api.post("/api/v1/providers/" + p.id() + "/licences", p.token(), Api.json(Map.of(
                "type", type, "number", number, "issuer", "北京市教育委员会", "validFrom", from, "validUntil", until)));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.text("id");
    }

    /** A declaration that passes every rule for a Beijing provider: PE for primary pupils (non-subject). */
    public static Map<String, Object> compliantApp(String name, String androidId) {
        Map<String, Object> app = new LinkedHashMap<>();
        app.put("name", name);
        app.put("description", "体育锻炼打卡");
        app.put("version", "1.0.0");
        app.put("platforms", List.of(Map.of("type", "ANDROID", "identifier", androidId)));
        app.put("audiences", List.of("PRIMARY", "PARENTS"));
        app.put("scenarios", List.of("STUDENT_LEARNING", "HOME_SCHOOL"));
        app.put("subjects", List.of("PHYSICAL_EDUCATION"));
        app.put("offersSubjectTraining", true);
        app.put("generalPurposeTool", false);
        app.put("features", Map.of("photoSearch", false, "advertising", false, "gameLinks", false,
                "hostsThirdPartyTraining", false, "chargesFees", false));
        app.put("dataProtection", Map.of("collectsPersonalInfo", true, "collectsMinorsInfo", true, "guardianConsent", true,
                "privacyPolicyUrl", "https://example.cn/privacy", "measures", List.of("COLLECTION", "STORAGE", "TRANSMISSION", "USE"),
                "sellsOrSharesPersonalInfo", false));
        app.put("operations", Map.of("contentReview", true, "accountManagement", true, "emergencyResponse", true,
                "staffing", true, "publishedRules", true, "userAgreement", true, "complaintEntryUrl", "https://example.cn/complaints"));
        app.put("icpFilingNumber", "京ICP备12345678号-1A");
        app.put("mlpsFilingNumber", "11010899999-00001");
        return app;
    }

    /** The same, as mathematics for junior-secondary pupils: subject training. */
    public static Map<String, Object> subjectTrainingApp(String name, String androidId) {
        Map<String, Object> app = compliantApp(name, androidId);
        app.put("audiences", List.of("JUNIOR_SECONDARY"));
        app.put("subjects", List.of("MATHEMATICS"));
        return app;
    }

    public static String uniqueAndroidId() {
        return "cn.test.app" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    /** A draft with the materials the rule MATERIALS asks for (issue 21), so that it may be submitted. */
    public String createFiling(Provider p, Map<String, Object> app) {
        String id = createFilingWithoutMaterials(p, app);
        for (String kind : REQUIRED_MATERIALS) {
            uploadMaterial(p, id, kind);
        }
        return id;
    }

    /** The materials a fixture filing carries: the three every filing needs and the licences' copy. */
    public static final List<String> REQUIRED_MATERIALS = List.of("COMMITMENT_LETTER", "ICP_PROOF", "MLPS_PROOF", "LICENCE_COPY");

    /** A small valid PDF, as a scanned material would be. */
    public static final byte[] SMALL_PDF = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"
            .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

    public String createFilingWithoutMaterials(Provider p, Map<String, Object> app) {
        Api.Response r = api.post("/api/v1/filings", p.token(), Api.json(Map.of("app", app)));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.text("id");
    }

    public String uploadMaterial(Provider p, String filingId, String kind) {
        Multipart form = Multipart.of(Map.of("kind", kind), List.of(new Multipart.File("file", kind.toLowerCase() + ".pdf", SMALL_PDF)));
        Api.Response r = api.send("POST", "/api/v1/filings/" + filingId + "/materials", p.token(), form.contentType(), form.body());
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.text("id");
    }

    public String createFiling(Provider p, Consumer<Map<String, Object>> change) {
        Map<String, Object> app = compliantApp("测试体育" + UUID.randomUUID().toString().substring(0, 6), uniqueAndroidId());
        change.accept(app);
        return createFiling(p, app);
    }

    public String submitted(Provider p) {
        String id = createFiling(p, a -> { });
        expect(api.post("/api/v1/filings/" + id + "/submit", p.token()), 200);
        return id;
    }

    public String approvedByCity(Provider p) {
        String id = submitted(p);
        expect(api.post("/api/v1/filings/" + id + "/city-review", api.token("city-reviewer"),
                Api.json(Map.of("decision", "APPROVE", "comment", "同意"))), 200);
        return id;
    }

    /** A filing taken all the way to REGISTERED; returns its id. */
    public String registered(Provider p) {
        String id = approvedByCity(p);
        expect(api.post("/api/v1/filings/" + id + "/moe-review", api.token("moe-reviewer"),
                Api.json(Map.of("decision", "REGISTER"))), 200);
        return id;
    }

    public String filingNumber(String filingId, Provider p) {
        return api.get("/api/v1/filings/" + filingId, p.token()).text("filingNumber");
    }

    public static Api.Response expect(Api.Response r, int status) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        return r;
    }
}
