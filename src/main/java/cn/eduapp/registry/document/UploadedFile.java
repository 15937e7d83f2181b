package cn.eduapp.registry.document;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** An uploaded file as it arrived; its type is judged by its content ({@link FileTypes}), never by its name. */
public record UploadedFile(String fileName, byte[] content) {

    /** The name kept: the last path element without control characters or quotes, at most 200 characters. */
    public String storedName() {
        String base = fileName.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "");
        if (base.isBlank()) {
            return "evidence";
        }
        return base.length() > 200 ? base.substring(0, 200) : base;
    }

    /** The content's SHA-256, hex, kept beside the stored file. */
    public String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
