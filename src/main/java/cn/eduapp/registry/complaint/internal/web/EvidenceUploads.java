package cn.eduapp.registry.complaint.internal.web;

import cn.eduapp.registry.complaint.EvidenceFile;
import cn.eduapp.registry.complaint.internal.EvidencePolicy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

/** Reads uploaded parts; a browser sends an empty part for an unused file field, which is skipped. */
final class EvidenceUploads {

    private EvidenceUploads() {
    }

    static List<EvidenceFile> read(@Nullable List<MultipartFile> parts) {
        List<EvidenceFile> files = new ArrayList<>();
        if (parts == null) {
            return files;
        }
        for (MultipartFile p : parts) {
            String name = p.getOriginalFilename() == null ? "" : p.getOriginalFilename();
            if (p.isEmpty() && name.isBlank()) {
                continue;
            }
            try (InputStream in = p.getInputStream()) {
                // read one byte past the limit: enough to know it is too large without holding more
                byte[] content = in.readNBytes((int) EvidencePolicy.MAX_BYTES + 1);
                files.add(new EvidenceFile(name.isBlank() ? "evidence" : name, content));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }
}
