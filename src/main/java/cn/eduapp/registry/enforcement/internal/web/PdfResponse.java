package cn.eduapp.registry.enforcement.internal.web;

import cn.eduapp.registry.enforcement.internal.Documents;
import cn.eduapp.registry.enforcement.internal.persistence.DocumentRepository.StoredDocument;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A document's PDF, shown inline, named by its number. */
final class PdfResponse {

    private PdfResponse() {
    }

    static ResponseEntity<byte[]> of(Documents documents, StoredDocument d) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(d.number() + ".pdf", StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.APPLICATION_PDF)
                .body(documents.pdf(d));
    }
}
