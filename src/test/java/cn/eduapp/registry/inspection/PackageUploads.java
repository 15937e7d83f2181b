package cn.eduapp.registry.inspection;

import cn.eduapp.registry.inspection.internal.apk.TestApks;
import cn.eduapp.registry.support.Api;
import cn.eduapp.registry.support.Fixtures;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Uploads packages through the real API (multipart/form-data, part {@code file}). */
final class PackageUploads {

    private final Api api;

    PackageUploads(Api api) {
        this.api = api;
    }

    Api.Response upload(String filingId, String token, byte[] apk) {
        return upload(filingId, token, "file", "app.apk", apk);
    }

    Api.Response upload(String filingId, String token, String part, String fileName, byte[] content) {
        String boundary = "----eduapp" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/vnd.android.package-archive\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return api.send("POST", "/api/v1/filings/" + filingId + "/packages", token,
                "multipart/form-data; boundary=" + boundary, body.toByteArray());
    }

    /** A minimal unsigned APK of this package name, with these classes and permissions. */
    static byte[] apk(String packageName, List<String> classes, List<String> permissions, String... dexStrings) {
        return TestApks.apk(TestApks.manifest(packageName, 3L, "1.0.3", 21, 34, permissions, List.of(".MainActivity")),
                List.of(TestApks.dex(classes, dexStrings)), Map.of());
    }

    /** A compliant declaration (no ads, no games, no photo search) whose Android identifier is {@code androidId}. */
    static Map<String, Object> declaring(String androidId) {
        return Fixtures.compliantApp("检测测试" + UUID.randomUUID().toString().substring(0, 6), androidId);
    }
}
