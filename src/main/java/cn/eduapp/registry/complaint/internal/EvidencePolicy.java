package cn.eduapp.registry.complaint.internal;

import cn.eduapp.registry.complaint.EvidenceFile;
import cn.eduapp.registry.system.ApiProblem;
import cn.eduapp.registry.system.Messages;
import cn.eduapp.registry.system.ProblemError;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Evidence: at most 3 files of at most 5 MB each, JPEG, PNG or PDF as their first bytes show (a name
 * or a declared content type proves nothing: an .exe renamed .png is refused).
 */
@Component
public class EvidencePolicy {

    public static final int MAX_FILES = 3;
    public static final long MAX_BYTES = 5L * 1024 * 1024;

    private final Messages messages;

    EvidencePolicy(Messages messages) {
        this.messages = messages;
    }

    /** The content type the bytes show, if it is one we accept. */
    public static Optional<String> detect(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF) {
            return Optional.of("image/jpeg");
        }
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
        if (startsWith(b, png)) {
            return Optional.of("image/png");
        }
        if (startsWith(b, new byte[] {'%', 'P', 'D', 'F', '-'})) {
            return Optional.of("application/pdf");
        }
        return Optional.empty();
    }

    /**
     * The name a download carries: the uploader's name without its extension, and the extension of the
     * type the bytes showed (issue 16), so "invoice.exe" that was a PNG downloads as "invoice.png".
     */
    public static String downloadName(String uploaded, String contentType) {
        String extension = switch (contentType) {
            case "image/jpeg" -> ".jpg";
            case "image/png" -> ".png";
            case "application/pdf" -> ".pdf";
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

    /** Refuses the set with a Chinese message naming the file: 400 (count, type) or 413 (size). */
    public void check(List<EvidenceFile> files) {
        if (files.size() > MAX_FILES) {
            throw ApiProblem.badField("evidence", "EVIDENCE_TOO_MANY", messages.get("complaint.evidence.tooMany", MAX_FILES));
        }
        for (EvidenceFile f : files) {
            if (f.content().length > MAX_BYTES) {
                throw new ApiProblem(HttpStatus.CONTENT_TOO_LARGE, "complaint.evidence.refused",
                        List.of(new ProblemError("evidence", "EVIDENCE_TOO_LARGE",
                                messages.get("complaint.evidence.tooLarge", f.fileName(), MAX_BYTES / 1024 / 1024))));
            }
            if (f.content().length == 0 || detect(f.content()).isEmpty()) {
                throw ApiProblem.badField("evidence", "EVIDENCE_TYPE", messages.get("complaint.evidence.type", f.fileName()));
            }
        }
    }

    private static boolean startsWith(byte[] b, byte[] prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
