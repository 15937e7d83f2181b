package cn.eduapp.registry.inspection.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackageStorageTest {

    @TempDir
    Path dir;

    @Test
    void anUploadIsStreamedWithItsSha256AndKeptUnderTheFilingsFolder() throws Exception {
        PackageStorage storage = new PackageStorage(dir);
        byte[] content = new byte[300_000];
        new java.util.Random(1).nextBytes(content);
        PackageStorage.Received r = storage.receive(new ByteArrayInputStream(content), 1 << 20);
        assertThat(r.size()).isEqualTo(content.length);
        assertThat(r.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)));
        String filing = UUID.randomUUID().toString();
        String pkg = UUID.randomUUID().toString();
        String stored = storage.keep(r, filing, pkg);
        assertThat(stored).isEqualTo(filing + "/" + pkg + ".apk");
        assertThat(Files.readAllBytes(dir.resolve(stored))).isEqualTo(content);
        assertThat(Files.exists(r.file())).isFalse();
    }

    @Test
    void anUploadBeyondTheLimitStopsThereAndLeavesNothing() throws IOException {
        PackageStorage storage = new PackageStorage(dir);
        assertThatThrownBy(() -> storage.receive(new ByteArrayInputStream(new byte[(1 << 20) + 1]), 1 << 20))
                .isInstanceOf(PackageStorage.TooLarge.class);
        try (Stream<Path> files = Files.walk(dir)) {
            assertThat(files.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @Test
    void onlyUuidsNameTheStoredFiles() {
        PackageStorage storage = new PackageStorage(dir);
        PackageStorage.Received r = storage.receive(new ByteArrayInputStream(new byte[10]), 100);
        assertThatThrownBy(() -> storage.keep(r, "../../etc", UUID.randomUUID().toString()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
