package cn.eduapp.registry.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import cn.eduapp.registry.support.Api;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** Complaints through the real public API, and the agency-side look-ups the tests need. */
class ComplaintFixtures {

    record Filed(String trackingNumber, String accessCode) {
    }

    record Part(String name, String fileName, byte[] content) {
    }

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    static final byte[] PDF = "%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
    static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 0, 0};

    private final Api api;

    ComplaintFixtures(Api api) {
        this.api = api;
    }

    static Map<String, Object> body(String category, String appName) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("category", category);
        body.put("appName", appName);
        body.put("description", "应用首页弹出游戏广告，点击后跳转到游戏下载页面。");
        return body;
    }

    static String uniqueApp() {
        return "被投诉应用" + UUID.randomUUID().toString().substring(0, 8);
    }

    Filed file(Map<String, Object> body) {
        Api.Response r = api.post("/api/v1/public/complaints", null, Api.json(body));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return new Filed(r.text("trackingNumber"), r.text("accessCode"));
    }

    Filed file(String category) {
        return file(body(category, uniqueApp()));
    }

    /** The complaint's id as the agency sees it in its queue, or null when it is not in the queue. */
    String idInQueue(String username, String trackingNumber) {
        Api.Response r = api.get("/api/v1/complaints?size=200", api.token(username));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        for (JsonNode item : r.json().path("items")) {
            if (item.path("trackingNumber").asString().equals(trackingNumber)) {
                return item.path("id").asString();
            }
        }
        return null;
    }

    Api.Response multipart(Map<String, String> fields, List<Part> files) {
        String boundary = "----complaint" + UUID.randomUUID().toString().replace("-", "");
        return api.send("POST", "/api/v1/public/complaints", null, "multipart/form-data; boundary=" + boundary,
                multipartBody(boundary, fields, files));
    }

    static byte[] multipartBody(String boundary, Map<String, String> fields, List<Part> files) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        fields.forEach((k, v) -> {
            out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + k + "\"\r\n"
                    + "Content-Type: text/plain; charset=UTF-8\r\n\r\n" + v + "\r\n").getBytes(StandardCharsets.UTF_8));
        });
        for (Part p : files) {
            out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + p.name()
                    + "\"; filename=\"" + p.fileName() + "\"\r\nContent-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.writeBytes(p.content());
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
