package cn.eduapp.registry.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import cn.eduapp.registry.support.Fixtures;
import cn.eduapp.registry.support.IntegrationTest;
import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The package page through a real browser session: login form, CSRF token, multipart upload, report. */
class PackagePageIT extends IntegrationTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private String base() {
        return "http://localhost:" + port;
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        assertThat(m.find()).as("a CSRF token on the page").isTrue();
        return m.group(1);
    }

    private void login(String username, String password) throws Exception {
        String token = csrf(get("/login").body());
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location").orElse("")).doesNotContain("error");
    }

    @Test
    void theProviderUploadsOnThePackagePageAndSeesTheReportBesideTheDeclaration() throws Exception {
        Fixtures.Provider p = fixtures().beijingCompany();
        String id = fixtures().createFiling(p, PackageUploads.declaring("cn.declared.page"));
        login(p.username(), Fixtures.PASSWORD);

        HttpResponse<String> detail = get("/filings/" + id);
        assertThat(detail.body()).contains("/filings/" + id + "/packages");
        HttpResponse<String> page = get("/filings/" + id + "/packages");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("上传并检测").contains("尚未上传安装包");

        byte[] apk = PackageUploads.apk("cn.other.page", List.of("com.qq.e.ads.banner2.UnifiedBannerView"), List.of());
        String boundary = "----page" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf(page.body())
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"app.apk\"\r\n"
                + "Content-Type: application/vnd.android.package-archive\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(apk);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> posted = http.send(HttpRequest.newBuilder(URI.create(base() + "/filings/" + id + "/packages"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(posted.statusCode()).isEqualTo(302);
        assertThat(posted.headers().firstValue("Location").orElse("")).endsWith("/filings/" + id + "/packages");

        String report = get("/filings/" + id + "/packages").body();
        assertThat(report).contains("安装包已上传并完成检测").contains("cn.other.page").contains("优量汇 GDT（腾讯广告）")
                .contains("com.qq.e.ads.banner2.UnifiedBannerView").contains("PACKAGE_ADVERTISING_SDK")
                .contains("PACKAGE_NAME_MISMATCH").contains("cn.declared.page");
    }

    @Test
    void aReviewerSeesTheReportOfASubmittedFilingButNoUploadForm() throws Exception {
        Fixtures.Provider p = fixtures().beijingCompany();
        String pkg = Fixtures.uniqueAndroidId();
        String id = fixtures().createFiling(p, PackageUploads.declaring(pkg));
        new PackageUploads(api()).upload(id, p.token(), PackageUploads.apk(pkg, List.of(pkg + ".Main"),
                List.of("android.permission.CAMERA")));
        Fixtures.expect(api().post("/api/v1/filings/" + id + "/submit", p.token()), 200);

        login("city-reviewer", "Demo-Passw0rd!");
        String page = get("/filings/" + id + "/packages").body();
        assertThat(page).contains(pkg).contains("相机").doesNotContain("上传并检测");
    }
}
