package cn.eduapp.registry.inspection.internal.apk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.eduapp.registry.inspection.internal.apk.PackageRejected.Kind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Archives built to hurt: each is refused with its kind (→ 400 or 422), quickly, and nothing is written. */
class HostileArchiveTest {

    static final ApkInspector INSPECTOR = new ApkInspector(InspectionLimits.defaults(), SdkSignatures.load());

    @TempDir
    Path dir;

    Kind rejection(byte[] bytes) throws IOException {
        return rejection(INSPECTOR, bytes);
    }

    Kind rejection(ApkInspector inspector, byte[] bytes) throws IOException {
        Path file = Files.write(dir.resolve("hostile.apk"), bytes);
        long before;
        try (Stream<Path> s = Files.list(dir)) {
            before = s.count();
        }
        long start = System.nanoTime();
        try {
            inspector.inspect(file);
            throw new AssertionError("accepted");
        } catch (PackageRejected e) {
            assertThat((System.nanoTime() - start) / 1_000_000).as("refused within seconds").isLessThan(5_000);
            try (Stream<Path> s = Files.list(dir)) {
                assertThat(s.count()).as("nothing extracted").isEqualTo(before);
            }
            return e.kind();
        }
    }

    static byte[] validApk() {
        return TestApks.apk(TestApks.manifest("cn.test.app", 1L, "1", 21, 34, List.of(), List.of()),
                List.of(TestApks.dex(List.of("cn.test.app.Main"))), Map.of());
    }

    @Test
    void textIsNotAZip() throws IOException {
        assertThat(rejection("这不是安装包".repeat(100).getBytes())).isEqualTo(Kind.NOT_A_ZIP);
        assertThat(Kind.NOT_A_ZIP.status()).isEqualTo(400);
    }

    @Test
    void aTruncatedPackageIsRefused() throws IOException {
        byte[] real = Files.readAllBytes(RealPackagesTest.blooddonation());
        assertThat(rejection(Arrays.copyOf(real, real.length / 2))).isEqualTo(Kind.TRUNCATED);
        assertThat(rejection(Arrays.copyOf(real, real.length - 10))).isEqualTo(Kind.TRUNCATED);
        assertThat(Kind.TRUNCATED.status()).isEqualTo(400);
    }

    @Test
    void aZipWithoutManifestIsNotAnApk() throws IOException {
        assertThat(rejection(TestApks.zip(Map.of("hello.txt", new byte[10])))).isEqualTo(Kind.NOT_AN_APK);
    }

    @Test
    void anEntryExpandingBeyondTheRatioIsABomb() throws IOException {
        byte[] bomb = zipOf(Map.of("AndroidManifest.xml", new byte[0], "assets/zeros.bin", new byte[20 << 20]));
        assertThat(rejection(bomb)).isEqualTo(Kind.BOMB);
        assertThat(Kind.BOMB.status()).isEqualTo(422);
    }

    @Test
    void declaredSizesBeyondTheTotalAreABomb() throws IOException {
        ApkInspector small = new ApkInspector(new InspectionLimits(500L << 20, 4L << 20, 128L << 20, 200, 1L << 20,
                50_000, 64L << 20, 1, 1, 10), SdkSignatures.load());
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("AndroidManifest.xml", new byte[0]);
        for (int i = 0; i < 5; i++) {
            entries.put("assets/part" + i, randomish(1 << 20));
        }
        assertThat(rejection(small, zipOf(entries))).isEqualTo(Kind.BOMB);
    }

    @Test
    void anEntryInflatingBeyondItsDeclaredSizeIsABomb() throws IOException {
        // the headers say 100 bytes; the deflate stream holds 50 MB of zeros
        byte[] honest = zipOf(Map.of("AndroidManifest.xml", new byte[50 << 20]));
        byte[] lying = patchUncompressedSize(honest, "AndroidManifest.xml", 100);
        assertThat(rejection(lying)).isEqualTo(Kind.BOMB);
    }

    @Test
    void aJarSignedPackageWithAnEntryLyingAboutItsSizeIsABombBeforeApksigReadsIt() throws IOException {
        // apksig's v1 check would inflate assets/blob.bin (never read otherwise) to its real 40 MB
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("AndroidManifest.xml", TestApks.manifest("cn.test.app", 1L, "1", 21, 34, List.of(), List.of()));
        entries.put("classes.dex", TestApks.dex(List.of("cn.test.app.Main")));
        entries.put("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\r\n".getBytes());
        entries.put("META-INF/CERT.SF", "Signature-Version: 1.0\r\n".getBytes());
        entries.put("assets/blob.bin", new byte[40 << 20]);
        byte[] lying = patchUncompressedSize(zipOf(entries), "assets/blob.bin", 1000);
        assertThat(rejection(lying)).isEqualTo(Kind.BOMB);
    }

    @Test
    void entriesEscapingTheirFolderAreRefused() throws IOException {
        assertThat(rejection(zipOf(Map.of("AndroidManifest.xml", new byte[1], "../../evil.so", new byte[1]))))
                .isEqualTo(Kind.PATH_ESCAPE);
        assertThat(rejection(zipOf(Map.of("AndroidManifest.xml", new byte[1], "/etc/cron.d/evil", new byte[1]))))
                .isEqualTo(Kind.PATH_ESCAPE);
        assertThat(rejection(zipOf(Map.of("AndroidManifest.xml", new byte[1], "lib\\..\\..\\evil", new byte[1]))))
                .isEqualTo(Kind.PATH_ESCAPE);
        assertThat(Kind.PATH_ESCAPE.status()).isEqualTo(422);
    }

    @Test
    void twoEntriesOfOneNameAreRefused() throws IOException {
        // the Janus / "master key" trick: the installer and the signature checker may read different copies
        byte[] zip = zipOf(new LinkedHashMap<>(Map.of("AndroidManifest.xml", new byte[1], "AndroidManifesX.xml", new byte[1])));
        byte[] twin = replaceAll(zip, "AndroidManifesX.xml".getBytes(), "AndroidManifest.xml".getBytes());
        assertThat(rejection(twin)).isEqualTo(Kind.DUPLICATE_ENTRY);
    }

    static byte[] replaceAll(byte[] data, byte[] from, byte[] to) {
        byte[] out = data.clone();
        for (int i = 0; i + from.length <= out.length; i++) {
            if (Arrays.equals(out, i, i + from.length, from, 0, from.length)) {
                System.arraycopy(to, 0, out, i, to.length);
            }
        }
        return out;
    }

    @Test
    void absurdEntryCountsAreRefused() throws IOException {
        assertThat(rejection(manyEntries(50_001))).isEqualTo(Kind.TOO_MANY_ENTRIES);
    }

    @Test
    void aValidPackageStillPasses() throws IOException {
        Path file = Files.write(dir.resolve("ok.apk"), validApk());
        assertThat(INSPECTOR.inspect(file).manifest().packageName()).isEqualTo("cn.test.app");
    }

    @Test
    void entryNamesAreCheckedSegmentBySegment() {
        SafeArchive.checkName("res/..9.png");
        SafeArchive.checkName("assets/a..b/c");
        assertThatThrownBy(() -> SafeArchive.checkName("assets/../../x")).isInstanceOf(PackageRejected.class);
        assertThatThrownBy(() -> SafeArchive.checkName("C:/x")).isInstanceOf(PackageRejected.class);
    }

    static byte[] manyEntries(int n) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.setLevel(Deflater.NO_COMPRESSION);
            z.putNextEntry(new ZipEntry("AndroidManifest.xml"));
            z.closeEntry();
            for (int i = 0; i < n; i++) {
                z.putNextEntry(new ZipEntry("r/" + i));
                z.closeEntry();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    static byte[] zipOf(Map<String, byte[]> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.setLevel(Deflater.BEST_COMPRESSION);
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    static byte[] randomish(int n) {
        byte[] b = new byte[n];
        new java.util.Random(n).nextBytes(b);
        return b;
    }

    /** Rewrites an entry's uncompressed size in its local header, data descriptor and central directory record. */
    static byte[] patchUncompressedSize(byte[] zip, String name, int size) {
        byte[] out = zip.clone();
        ByteBuffer b = ByteBuffer.wrap(out).order(ByteOrder.LITTLE_ENDIAN);
        byte[] n = name.getBytes();
        for (int i = 0; i + 46 < out.length; i++) {
            int sig = b.getInt(i);
            if (sig == 0x04034b50 && matches(out, i + 30, n)) {
                b.putInt(i + 22, size);
            } else if (sig == 0x02014b50 && matches(out, i + 46, n)) {
                b.putInt(i + 24, size);
            } else if (sig == 0x08074b50) {
                b.putInt(i + 12, size);
            }
        }
        return out;
    }

    private static boolean matches(byte[] data, int at, byte[] name) {
        return at + name.length <= data.length && Arrays.equals(data, at, at + name.length, name, 0, name.length);
    }
}
