package cn.eduapp.registry.document;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A stored upload handed back: always as an attachment with the type its bytes showed when it was stored,
 * {@code nosniff} and not cached, never rendered inline; named after the uploader's name with the extension of
 * that type (issue 16), so "invoice.exe" that was a PNG downloads as "invoice.png".
 */
public final class Downloads {

    private Downloads() {
    }

    public static ResponseEntity<byte[]> attachment(String uploadedName, String contentType, byte[] content) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(contentType))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(downloadName(uploadedName, contentType), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(content);
    }

    public static String downloadName(String uploaded, String contentType) {
        String extension = switch (contentType) {
            case FileTypes.JPEG -> ".jpg";
            case FileTypes.PNG -> ".png";
            case FileTypes.PDF -> ".pdf";
            case FileTypes.OFD -> ".ofd";
            default -> ".bin";
        };
        String base = uploaded.replaceAll(".*[/\\\\]", "").replaceAll("\\p{Cntrl}", "");
        int dot = base.lastIndexOf('.');
        base = (dot > 0 ? base.substring(0, dot) : base).strip();
        if (base.isEmpty() || base.startsWith(".")) {
            base = "evidence";
        }
        return (base.length() > 100 ? base.substring(0, 100) : base) + extension;
    }
}
