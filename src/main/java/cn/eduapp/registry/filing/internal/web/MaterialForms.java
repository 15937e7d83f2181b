package cn.eduapp.registry.filing.internal.web;

import cn.eduapp.registry.document.Downloads;
import cn.eduapp.registry.document.FileTypes;
import cn.eduapp.registry.document.UploadPolicy;
import cn.eduapp.registry.document.UploadedFile;
import cn.eduapp.registry.filing.MaterialDownload;
import cn.eduapp.registry.filing.MaterialManagement;
import cn.eduapp.registry.rules.MaterialKind;
import cn.eduapp.registry.system.web.ApiProblem;
import cn.eduapp.registry.system.web.Messages;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;

/** What the API and the pages share for materials: reading the form's kind and file, and the download's headers. */
final class MaterialForms {

    /** No script, no plugin, no form, no navigation: a PDF or an image shown by the browser and nothing else. */
    static final String SANDBOX = "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; "
            + "object-src 'self'; frame-ancestors 'self'";
    private static final Set<String> INLINE = Set.of(FileTypes.PDF, FileTypes.PNG, FileTypes.JPEG);

    private MaterialForms() {
    }

    static MaterialKind kind(@Nullable String kind, Messages messages) {
        if (kind == null || kind.isBlank()) {
            throw ApiProblem.badField("kind", "REQUIRED", messages.get("filing.material.kindRequired"));
        }
        try {
            return MaterialKind.valueOf(kind.trim());
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badField("kind", "INVALID", messages.get("filing.material.kindInvalid"));
        }
    }

    static UploadedFile one(@Nullable MultipartFile file, UploadPolicy uploads, Messages messages) {
        List<UploadedFile> files = uploads.read(file == null ? List.of() : List.of(file), MaterialManagement.MATERIALS);
        if (files.isEmpty()) {
            throw ApiProblem.badField("file", "REQUIRED", messages.get("filing.material.fileRequired"));
        }
        return files.get(0);
    }

    static ResponseEntity<byte[]> response(MaterialDownload d) {
        if (!d.inline() || !INLINE.contains(d.contentType())) {
            return Downloads.attachment(d.fileName(), d.contentType(), d.content());
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(d.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(Downloads.downloadName(d.fileName(), d.contentType()), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", SANDBOX)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(d.content());
    }

    static ResponseEntity<byte[]> letter(byte[] pdf) {
        return Downloads.attachment("教育移动应用备案承诺书.pdf", FileTypes.PDF, pdf);
    }
}
