package cn.eduapp.registry.document;

import cn.eduapp.registry.system.web.ApiProblem;
import cn.eduapp.registry.system.web.Messages;
import cn.eduapp.registry.system.web.ProblemError;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Files a person attaches (complaint evidence, a provider's statement): at most 3 files of at most 5 MB each,
 * JPEG, PNG or PDF as their bytes show ({@link FileTypes}), no polyglot. Count and sizes are judged from the parts
 * before their bytes are read; refusals name the file in Chinese: 400 (count, type, polyglot) or 413 (size).
 */
@Component
public class UploadPolicy {

    public static final int MAX_FILES = 3;
    public static final long MAX_BYTES = 5L * 1024 * 1024;

    private final Messages messages;

    UploadPolicy(Messages messages) {
        this.messages = messages;
    }

    /** Reads the parts a form sent; a browser sends an empty part for an unused file field, which is skipped. */
    public List<UploadedFile> read(@Nullable List<MultipartFile> parts, UploadRules rules) {
        List<MultipartFile> used = parts == null ? List.of() : parts.stream()
                .filter(p -> !(p.isEmpty() && (p.getOriginalFilename() == null || p.getOriginalFilename().isBlank())))
                .toList();
        checkCount(used.size(), rules);
        List<UploadedFile> files = new ArrayList<>();
        for (MultipartFile p : used) {
            String name = p.getOriginalFilename() == null || p.getOriginalFilename().isBlank() ? "evidence" : p.getOriginalFilename();
            checkSize(name, p.getSize(), rules);
            try (InputStream in = p.getInputStream()) {
                // one byte past the limit at most, whatever the part declared
                files.add(new UploadedFile(name, in.readNBytes((int) MAX_BYTES + 1)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        check(files, rules);
        return files;
    }

    /** Refuses the set: too many, too large, not a JPEG/PNG/PDF by content, or a polyglot. */
    public void check(List<UploadedFile> files, UploadRules rules) {
        checkCount(files.size(), rules);
        for (UploadedFile f : files) {
            checkSize(f.fileName(), f.content().length, rules);
            String type = FileTypes.detect(f.content()).orElseThrow(() -> refused(rules, "TYPE", "type", f.fileName()));
            if (FileTypes.polyglot(f.content(), type)) {
                throw refused(rules, "POLYGLOT", "polyglot", f.fileName());
            }
        }
    }

    /** One part's bytes, its declared size judged first; its type is judged by {@link #checkDocument}. */
    public UploadedFile readOne(MultipartFile p, UploadRules rules) {
        String name = p.getOriginalFilename() == null || p.getOriginalFilename().isBlank() ? "document" : p.getOriginalFilename();
        checkSize(name, p.getSize(), rules);
        try (InputStream in = p.getInputStream()) {
            return new UploadedFile(name, in.readNBytes((int) MAX_BYTES + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One document (issue 21): at most 5 MB, JPEG, PNG, PDF or OFD by content, no polyglot; returns the type its
     * bytes show. Refusals as in {@link #check(List, UploadRules)}.
     */
    public String checkDocument(UploadedFile f, UploadRules rules) {
        checkSize(f.fileName(), f.content().length, rules);
        String type = FileTypes.detectDocument(f.content()).orElseThrow(() -> refused(rules, "TYPE", "type", f.fileName()));
        if (FileTypes.polyglot(f.content(), type)) {
            throw refused(rules, "POLYGLOT", "polyglot", f.fileName());
        }
        return type;
    }

    private void checkCount(int count, UploadRules rules) {
        if (count > MAX_FILES) {
            throw ApiProblem.badField(rules.field(), rules.codePrefix() + "_TOO_MANY",
                    messages.get(rules.messagePrefix() + ".tooMany", MAX_FILES));
        }
    }

    private void checkSize(String name, long size, UploadRules rules) {
        if (size > MAX_BYTES) {
            throw new ApiProblem(HttpStatus.CONTENT_TOO_LARGE, rules.messagePrefix() + ".refused",
                    List.of(new ProblemError(rules.field(), rules.codePrefix() + "_TOO_LARGE",
                            messages.get(rules.messagePrefix() + ".tooLarge", name, MAX_BYTES / 1024 / 1024))));
        }
    }

    private ApiProblem refused(UploadRules rules, String code, String key, String name) {
        return ApiProblem.badField(rules.field(), rules.codePrefix() + "_" + code,
                messages.get(rules.messagePrefix() + "." + key, name));
    }
}
