package cn.eduapp.registry.inspection;

import static cn.eduapp.registry.support.Fixtures.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.eduapp.registry.inspection.internal.apk.InspectionLimits;
import cn.eduapp.registry.support.Api;
import cn.eduapp.registry.support.Fixtures;
import cn.eduapp.registry.support.IntegrationTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class PackageInspectionIT extends IntegrationTest {

    static final Path BLOOD_DONATION = Path.of("../shared/fixtures/apk/blooddonation.apk");

    @Autowired
    InspectionManagement inspections;

    @Autowired
    cn.eduapp.registry.publication.PublicationManagement publication;

    @Autowired
    InspectionLimits limits;

    PackageUploads uploads() {
        return new PackageUploads(api());
    }

    static byte[] bloodDonation() throws IOException {
        Path p = Files.exists(BLOOD_DONATION) ? BLOOD_DONATION : Path.of("/work/shared/fixtures/apk/blooddonation.apk");
        assumeTrue(Files.exists(p), "blooddonation.apk not found under ../shared/fixtures/apk/");
        return Files.readAllBytes(p);
    }

    static List<String> codes(Api.Response r) {
        List<String> out = new ArrayList<>();
        r.json().path("errors").forEach(e -> out.add(e.path("code").asString()));
        return out;
    }

    static List<String> ruleIds(JsonNode findings) {
        List<String> out = new ArrayList<>();
        findings.forEach(f -> out.add(f.path("ruleId").asString() + ":" + f.path("severity").asString()));
        return out;
    }

    @Test
    void anAdMobPackageContradictsANoAdvertisingDeclarationAndBlocksSubmission() throws IOException {
        Fixtures.Provider p = fixtures().beijingCompany();
        String id = fixtures().createFiling(p, PackageUploads.declaring("fr.mobdev.blooddonation"));
        byte[] apk = bloodDonation();

        Api.Response up = expect(uploads().upload(id, p.token(), apk), 201);
        JsonNode report = up.json();
        assertThat(report.path("size").asLong()).isEqualTo(apk.length);
        assertThat(report.path("sha256").asString()).hasSize(64);
        assertThat(report.path("manifest").path("packageName").asString()).isEqualTo("fr.mobdev.blooddonation");
        assertThat(report.path("manifest").path("versionCode").asLong()).isEqualTo(13);
        assertThat(report.path("signing").path("schemes").toString()).isEqualTo("[\"V1\",\"V2\"]");
        JsonNode admob = report.path("sdks").get(0);
        assertThat(admob.path("name").asString()).isEqualTo("Google AdMob");
        assertThat(admob.path("category").asString()).isEqualTo("ADVERTISING");
        assertThat(admob.path("evidence").size()).isPositive();
        assertThat(ruleIds(report.path("findings"))).containsExactly("PACKAGE_ADVERTISING_SDK:BLOCKING");

        Api.Response again = expect(api().get("/api/v1/filings/" + id + "/packages/" + report.path("id").asString(),
                p.token()), 200);
        assertThat(again.json().path("sha256").asString()).isEqualTo(report.path("sha256").asString());

        Api.Response pre = expect(api().post("/api/v1/filings/" + id + "/precheck", p.token()), 200);
        assertThat(pre.json().path("blocking").asBoolean()).isTrue();
        assertThat(ruleIds(pre.json().path("findings"))).contains("PACKAGE_ADVERTISING_SDK:BLOCKING");
        Api.Response submit = expect(api().post("/api/v1/filings/" + id + "/submit", p.token()), 422);
        assertThat(codes(submit)).containsExactly("PACKAGE_ADVERTISING_SDK");
    }

    @Test
    void aPackageOfAnotherNameIsANameMismatch() {
        Fixtures.Provider p = fixtures().beijingCompany();
        String id = fixtures().createFiling(p, PackageUploads.declaring("cn.declared.app"));
        JsonNode report = expect(uploads().upload(id, p.token(),
                PackageUploads.apk("cn.other.app", List.of("cn.other.app.MainActivity"), List.of())), 201).json();
        assertThat(report.path("manifest").path("packageName").asString()).isEqualTo("cn.other.app");
        assertThat(ruleIds(report.path("findings"))).containsExactly("PACKAGE_NAME_MISMATCH:BLOCKING");
        assertThat(codes(expect(api().post("/api/v1/filings/" + id + "/submit", p.token()), 422)))
                .containsExactly("PACKAGE_NAME_MISMATCH");

        // the provider uploads the right package: the latest one counts, and the filing can be submitted
        String latest = expect(uploads().upload(id, p.token(),
                PackageUploads.apk("cn.declared.app", List.of("cn.declared.app.MainActivity"), List.of())), 201).text("id");
        JsonNode list = expect(api().get("/api/v1/filings/" + id + "/packages", p.token()), 200).json();
        assertThat(list.path("total").asLong()).isEqualTo(2);
        assertThat(list.path("items").get(0).path("id").asString()).isEqualTo(latest);
        assertThat(list.path("items").get(0).path("packageName").asString()).isEqualTo("cn.declared.app");
        assertThat(list.path("items").get(1).path("packageName").asString()).isEqualTo("cn.other.app");
        assertThat(list.path("items").get(1).path("versionCode").asLong()).isEqualTo(3);
        expect(api().post("/api/v1/filings/" + id + "/submit", p.token()), 200);
    }

    @Test
    void ocrWithCameraAndQuestionSearchWordsIsPhotoSearch() {
        Fixtures.Provider p = fixtures().beijingCompany();
        String pkg = Fixtures.uniqueAndroidId();
        String id = fixtures().createFiling(p, PackageUploads.declaring(pkg));
        JsonNode report = expect(uploads().upload(id, p.token(), PackageUploads.apk(pkg,
                List.of("com.baidu.ocr.sdk.OCR", "com.unity3d.player.UnityPlayer"), List.of("android.permission.CAMERA"),
                "拍照搜题.java")), 201).json();
        assertThat(ruleIds(report.path("findings")))
                .containsExactlyInAnyOrder("PACKAGE_PHOTO_SEARCH:BLOCKING", "PACKAGE_GAME_ENGINE:WARNING");
    }

    @Test
    void onlyTheFilingsOwnProviderUploadsAndOnlyThoseWhoSeeTheFilingRead() {
        Fixtures.Provider owner = fixtures().beijingCompany();
        Fixtures.Provider other = fixtures().beijingCompany();
        String pkg = Fixtures.uniqueAndroidId();
        String id = fixtures().createFiling(owner, PackageUploads.declaring(pkg));
        byte[] apk = PackageUploads.apk(pkg, List.of(pkg + ".MainActivity"), List.of());

        expect(uploads().upload(id, other.token(), apk), 404);
        expect(uploads().upload(id, api().token("city-reviewer"), apk), 403);
        expect(uploads().upload(id, api().token("school-haidian-1"), apk), 403);
        String packageId = expect(uploads().upload(id, owner.token(), apk), 201).text("id");
        String path = "/api/v1/filings/" + id + "/packages/" + packageId;
        expect(api().get(path, other.token()), 404);
        expect(api().get(path, api().token("city-reviewer")), 404); // a draft is the provider's alone
        expect(api().get("/api/v1/filings/" + id + "/packages/" + java.util.UUID.randomUUID(), owner.token()), 404);
        expect(api().get(path, null), 401);

        expect(api().post("/api/v1/filings/" + id + "/submit", owner.token()), 200);
        assertThat(expect(api().get(path, api().token("city-reviewer")), 200).json().path("manifest")
                .path("packageName").asString()).isEqualTo(pkg);
        // under review the package cannot change
        expect(uploads().upload(id, owner.token(), apk), 409);
    }

    @Test
    void aMissingFilePartIsABadRequest() {
        Fixtures.Provider p = fixtures().beijingCompany();
        String id = fixtures().createFiling(p, a -> { });
        Api.Response r = expect(uploads().upload(id, p.token(), "other", "x.apk", new byte[]{1, 2, 3}), 400);
        assertThat(r.json().path("errors").get(0).path("field").asString()).isEqualTo("file");
        expect(api().post("/api/v1/filings/" + id + "/packages", p.token(), "{}"), 400);
    }

    @Test
    void hostilePackagesAreRefusedAndTheServiceKeepsAnswering() throws IOException {
        Fixtures.Provider p = fixtures().beijingCompany();
        String id = fixtures().createFiling(p, a -> { });
        String t = p.token();

        Api.Response notZip = expect(uploads().upload(id, t, "这不是安装包".repeat(50).getBytes()), 400);
        assertThat(codes(notZip)).containsExactly("INVALID_PACKAGE");
        byte[] real = bloodDonation();
        expect(uploads().upload(id, t, Arrays.copyOf(real, real.length / 2)), 400);

        byte[] ratioBomb = zip(Map.of("AndroidManifest.xml", new byte[0], "assets/zeros.bin", new byte[32 << 20]));
        assertThat(codes(expect(uploads().upload(id, t, ratioBomb), 422))).containsExactly("PACKAGE_REJECTED");
        byte[] lying = cn.eduapp.registry.inspection.internal.apk.HostileArchives.lyingSize(
                zip(Map.of("AndroidManifest.xml", new byte[64 << 20])), "AndroidManifest.xml", 100);
        assertThat(codes(expect(uploads().upload(id, t, lying), 422))).containsExactly("PACKAGE_REJECTED");
        byte[] escaping = zip(Map.of("AndroidManifest.xml", new byte[1], "../../../tmp/evil.sh", new byte[1]));
        assertThat(codes(expect(uploads().upload(id, t, escaping), 422))).containsExactly("PACKAGE_REJECTED");
        byte[] crowd = cn.eduapp.registry.inspection.internal.apk.HostileArchives.manyEntries(50_001);
        assertThat(codes(expect(uploads().upload(id, t, crowd), 422))).containsExactly("PACKAGE_REJECTED");

        assertThat(jdbc.sql("select count(*) from package_inspection where filing_id = ?::uuid").param(id)
                .query(Long.class).single()).isZero();
        expect(api().get("/api/v1/filings/" + id, t), 200);
    }

    @Test
    void aPackageOverTheSizeLimitIs413() {
        Fixtures.Provider p = fixtures().beijingCompany();
        String id = fixtures().createFiling(p, a -> { });
        long old = limits.maxPackageSize();
        limits.overrideMaxPackageSizeForTest(1 << 20);
        try {
            expect(uploads().upload(id, p.token(), new byte[(1 << 20) + 1]), 413);
        } finally {
            limits.overrideMaxPackageSizeForTest(old);
        }
    }

    @Test
    void whileALargePackageIsInspectedOtherCallsAreAnswered() throws Exception {
        Path big = Path.of("target/apk-fixtures/appium-uiautomator2-server-v10.6.6.apk");
        assumeTrue(Files.exists(big), "target/apk-fixtures missing: run bench/fetch-apks.sh (needs npm)");
        Fixtures.Provider p = fixtures().beijingCompany();
        String id = fixtures().createFiling(p, PackageUploads.declaring("io.appium.uiautomator2.server"));
        byte[] apk = Files.readAllBytes(big);
        CompletableFuture<Api.Response> upload = CompletableFuture.supplyAsync(() -> uploads().upload(id, p.token(), apk));
        while (!upload.isDone()) {
            long start = System.nanoTime();
            expect(api().get("/api/v1/filings/" + id, p.token()), 200);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
            Thread.sleep(20);
        }
        JsonNode report = expect(upload.get(), 201).json();
        assertThat(report.path("code").path("dexFiles").asInt()).isEqualTo(16);
        assertThat(report.path("findings").size()).isZero();
    }

    @Test
    void aRegisteredFilingKeepsItsPackagesCertificateAndMayUploadANewVersion() {
        Path demos = Path.of("target/apk-fixtures/ApiDemos-debug.apk");
        assumeTrue(Files.exists(demos), "target/apk-fixtures missing: run bench/fetch-apks.sh (needs npm)");
        Fixtures.Provider p = fixtures().beijingCompany();
        String id = fixtures().createFiling(p, PackageUploads.declaring("io.appium.android.apis"));
        byte[] apk;
        try {
            apk = Files.readAllBytes(demos);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        expect(uploads().upload(id, p.token(), apk), 201);
        expect(api().post("/api/v1/filings/" + id + "/submit", p.token()), 200);
        expect(api().post("/api/v1/filings/" + id + "/city-review", api().token("city-reviewer"),
                Api.json(Map.of("decision", "APPROVE", "comment", "同意"))), 200);
        expect(api().post("/api/v1/filings/" + id + "/moe-review", api().token("moe-reviewer"),
                Api.json(Map.of("decision", "REGISTER"))), 200);
        String number = fixtures().filingNumber(id, p);

        // apksigner verify --print-certs ApiDemos-debug.apk: Signer #1 certificate SHA-256 digest
        String sha = "18e8534fed30cbf9959e4073e723e3395a3f92fd6b41756d5fbc788f280c1107";
        // publication keeps them (issue 19), from the inspection's PackageInspected events
        await().atMost(Duration.ofSeconds(10)).until(() -> !publication.registeredCertificates(number).isEmpty());
        assertThat(publication.registeredCertificates(number)).isEqualTo(java.util.Set.of(sha));

        // a new version of a registered app may be uploaded; the registered certificate stays what it was
        String second = expect(uploads().upload(id, p.token(), PackageUploads.apk("io.appium.android.apis", List.of("x.Y"),
                List.of())), 201).json().path("id").asString();
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("select count(*) from pub_inspected_package where package_id = ?")
                .param(second).query(Long.class).single() == 1);
        assertThat(publication.registeredCertificates(number)).isEqualTo(java.util.Set.of(sha));
    }

    static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.setLevel(Deflater.BEST_COMPRESSION);
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }
}
