package cn.eduapp.registry.inspection.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import cn.eduapp.registry.system.operations.RegistrySettings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The inspection's own storage: {@code registry.data-dir}/packages. An upload is streamed into
 * {@code incoming/} in 64 KiB steps while its SHA-256 is computed and its bytes counted (past the limit it
 * stops and is deleted); an accepted package moves to {@code <filingId>/<packageId>.apk}; a refused one is
 * deleted. Nothing else is ever written: the inspection reads entries in memory.
 */
@Component
public class PackageStorage {

    public static final class TooLarge extends RuntimeException {
        TooLarge() {
            super(null, null, false, false);
        }
    }

    public record Received(Path file, String sha256, long size) {
    }

    private final Path root;
    private final Path incoming;

    @Autowired
    PackageStorage(RegistrySettings settings) {
        this(Path.of(settings.dataDir()).resolve("packages"));
    }

    public PackageStorage(Path root) {
        this.root = root.toAbsolutePath().normalize();
        this.incoming = this.root.resolve("incoming");
    }

    public Received receive(InputStream in, long maxSize) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        Path file = incoming.resolve(UUID.randomUUID() + ".part");
        long size = 0;
        try {
            Files.createDirectories(incoming);
            try (InputStream src = in; OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW)) {
                byte[] buf = new byte[64 * 1024];
                int r;
                while ((r = src.read(buf)) > 0) {
                    size += r;
                    if (size > maxSize) {
                        throw new TooLarge();
                    }
                    sha.update(buf, 0, r);
                    out.write(buf, 0, r);
                }
            }
            return new Received(file, HexFormat.of().formatHex(sha.digest()), size);
        } catch (IOException | RuntimeException e) {
            delete(file);
            if (e instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw (RuntimeException) e;
        }
    }

    /** Moves an accepted package to its place; answers the path relative to the storage root. */
    public String keep(Received r, String filingId, String packageId) {
        Path dir = root.resolve(UUID.fromString(filingId).toString());
        Path target = dir.resolve(UUID.fromString(packageId) + ".apk");
        try {
            Files.createDirectories(dir);
            Files.move(r.file(), target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return root.relativize(target).toString();
    }

    public void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover in incoming/ is harmless and is overwritten by nothing
        }
    }

    public Path root() {
        return root;
    }
}
