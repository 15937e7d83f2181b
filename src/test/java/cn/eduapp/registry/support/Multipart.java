package cn.eduapp.registry.support;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A multipart/form-data body as a browser sends it: text fields, then files. */
public record Multipart(String contentType, byte[] body) {

    public record File(String name, String fileName, byte[] content) {
    }

    public static Multipart of(Map<String, String> fields, List<File> files) {
        String boundary = "----test" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        fields.forEach((k, v) -> out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + k
                + "\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" + v + "\r\n").getBytes(StandardCharsets.UTF_8)));
        for (File f : files) {
            out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.name() + "\"; filename=\""
                    + f.fileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.writeBytes(f.content());
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return new Multipart("multipart/form-data; boundary=" + boundary, out.toByteArray());
    }
}
