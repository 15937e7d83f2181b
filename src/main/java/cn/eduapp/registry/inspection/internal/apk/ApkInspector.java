package cn.eduapp.registry.inspection.internal.apk;

import cn.eduapp.registry.inspection.PackageReport.Certificate;
import cn.eduapp.registry.inspection.PackageReport.Code;
import cn.eduapp.registry.inspection.PackageReport.Manifest;
import cn.eduapp.registry.inspection.PackageReport.Sdk;
import cn.eduapp.registry.inspection.PackageReport.Signing;
import cn.eduapp.registry.inspection.internal.apk.PackageRejected.Kind;
import com.android.apksig.ApkVerifier;
import com.android.apksig.apk.ApkFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import org.jf.dexlib2.Opcodes;
import org.jf.dexlib2.dexbacked.DexBackedClassDef;
import org.jf.dexlib2.dexbacked.DexBackedDexFile;

/**
 * Reads one APK: the archive is checked first ({@link SafeArchive}), then the manifest, the signatures
 * (apksig's {@link ApkVerifier}), and the class names of every {@code classes*.dex}, including those of APKs
 * nested in it, matched against the SDK signatures in one pass; dex string pools and resources are searched
 * for the words of photo question search. Pure: a file in, facts out; nothing is written anywhere.
 */
public final class ApkInspector {

    /** The words of 拍照搜题 (京教信〔2022〕5号 三(三)); "搜题" is part of "拍照搜题". */
    public static final List<String> QUESTION_SEARCH_WORDS = List.of("拍照搜题", "搜题", "拍题");

    private static final byte[][] UTF8 = QUESTION_SEARCH_WORDS.stream()
            .map(w -> w.getBytes(StandardCharsets.UTF_8)).toArray(byte[][]::new);
    private static final byte[][] UTF16 = QUESTION_SEARCH_WORDS.stream()
            .map(w -> w.getBytes(StandardCharsets.UTF_16LE)).toArray(byte[][]::new);
    /** Resource files searched for the words besides the dex string pools; other assets are media. */
    private static final List<String> TEXT_SUFFIXES = List.of(".xml", ".json", ".js", ".html", ".htm", ".txt", ".arsc");
    /** Streamed, so memory stays constant; the bound only caps the time spent on one resource file. */
    private static final long TEXT_ENTRY_LIMIT = 32L << 20;

    public record Inspection(Manifest manifest, Signing signing, List<Sdk> sdks, List<String> questionSearchStrings,
                             Code code) {
    }

    private final InspectionLimits limits;
    private final SdkSignatures signatures;

    public ApkInspector(InspectionLimits limits, SdkSignatures signatures) {
        this.limits = limits;
        this.signatures = signatures;
    }

    public Inspection inspect(Path apk) {
        try (SafeArchive archive = SafeArchive.open(apk, limits)) {
            ZipEntry manifestEntry = null;
            for (ZipEntry e : archive.entries()) {
                if (e.getName().equals("AndroidManifest.xml")) {
                    manifestEntry = e;
                }
            }
            if (manifestEntry == null) {
                throw new PackageRejected(Kind.NOT_AN_APK, "no AndroidManifest.xml");
            }
            Manifest manifest = resolveVersionName(archive, ManifestReader.read(archive.read(manifestEntry)));

            SdkSignatures.Matcher matcher = signatures.matcher();
            Set<String> words = new LinkedHashSet<>();
            List<String> nested = new ArrayList<>();
            List<String> unreadable = new ArrayList<>();
            int dexFiles = 0;
            for (ZipEntry e : archive.entries()) {
                String name = e.getName();
                if (SafeArchive.isDex(name)) {
                    dexFiles++;
                    scanDex(name, archive.read(e), matcher, words, unreadable);
                } else if ((name.endsWith(".apk") || name.endsWith(".jar")) && !e.isDirectory()) {
                    if (e.getSize() > limits.maxEntrySize()) {
                        // a large nested archive is usually media packed as a plugin: noted, not a reason to refuse
                        unreadable.add(name);
                        continue;
                    }
                    byte[] inner = archive.read(e);
                    List<BoundedReads.NestedEntry> dex = BoundedReads.nestedDexFiles(inner, limits, archive.budget());
                    if (!dex.isEmpty()) {
                        nested.add(name);
                    }
                    for (BoundedReads.NestedEntry d : dex) {
                        dexFiles++;
                        scanDex(name + "!" + d.name(), d.bytes(), matcher, words, unreadable);
                    }
                } else if (isText(name) && e.getSize() <= TEXT_ENTRY_LIMIT && words.size() < UTF8.length) {
                    searchText(archive, e, words);
                }
            }
            if (hasJarSignature(archive)) {
                drainAll(archive);
            }
            Signing signing = verify(apk);
            List<String> found = QUESTION_SEARCH_WORDS.stream().filter(words::contains).toList();
            return new Inspection(manifest, signing, matcher.result(), found,
                    new Code(dexFiles, matcher.classes(), List.copyOf(nested), List.copyOf(unreadable)));
        }
    }

    /** {@code android:versionName="@string/…"}: aapt shows the string; so does the report (the default one). */
    private static Manifest resolveVersionName(SafeArchive archive, Manifest m) {
        String v = m.versionName();
        if (v == null || !v.startsWith("@0x")) {
            return m;
        }
        int id;
        try {
            id = Integer.parseUnsignedInt(v.substring(3), 16);
        } catch (NumberFormatException e) {
            return m;
        }
        for (ZipEntry e : archive.entries()) {
            if (e.getName().equals("resources.arsc")) {
                String resolved = ResourceTable.string(archive.read(e), id);
                return resolved == null ? m : new Manifest(m.packageName(), resolved, m.versionCode(), m.minSdk(),
                        m.targetSdk(), m.permissions(), m.dangerousPermissions(), m.exportedComponents());
            }
        }
        return m;
    }

    private static boolean hasJarSignature(SafeArchive archive) {
        for (ZipEntry e : archive.entries()) {
            String n = e.getName();
            if (n.startsWith("META-INF/") && n.endsWith(".SF")) {
                return true;
            }
        }
        return false;
    }

    /**
     * apksig's v1 (JAR) verification inflates every signed entry and trusts no size we checked; an entry that
     * lies about its size would keep an inspection thread busy for as long as the lie is large. So before it
     * runs, every entry is inflated once here, counted and cut at its declared size (and the archive's budget).
     */
    private static void drainAll(SafeArchive archive) {
        byte[] sink = new byte[64 * 1024];
        for (ZipEntry e : archive.entries()) {
            if (e.isDirectory()) {
                continue;
            }
            try (InputStream in = archive.stream(e)) {
                while (in.read(sink) > 0) {
                    // counted by the stream
                }
            } catch (IOException ex) {
                throw new PackageRejected(Kind.TRUNCATED, e.getName() + ": " + ex.getMessage());
            }
        }
    }

    private static boolean isText(String name) {
        if (!(name.startsWith("res/") || name.startsWith("assets/") || name.equals("resources.arsc"))) {
            return false;
        }
        for (String s : TEXT_SUFFIXES) {
            if (name.endsWith(s)) {
                return true;
            }
        }
        return false;
    }

    private void scanDex(String name, byte[] bytes, SdkSignatures.Matcher matcher, Set<String> words, List<String> unreadable) {
        DexBackedDexFile dex;
        try {
            dex = new DexBackedDexFile(Opcodes.getDefault(), bytes);
        } catch (RuntimeException e) {
            // not a dex file dexlib2 knows (an unknown version, or garbage under a dex name): say so, go on
            unreadable.add(name);
            return;
        }
        try {
            for (DexBackedClassDef c : dex.getClasses()) {
                matcher.accept(c.getType());
            }
        } catch (RuntimeException e) {
            unreadable.add(name);
        }
        // dex strings are MUTF-8, identical to UTF-8 for these characters; a match never spans two strings
        // because every string ends with a NUL byte the words do not contain
        for (int i = 0; i < UTF8.length; i++) {
            if (indexOf(bytes, bytes.length, UTF8[i]) >= 0) {
                words.add(QUESTION_SEARCH_WORDS.get(i));
            }
        }
        if (Thread.currentThread().isInterrupted()) {
            throw new PackageRejected(Kind.TIMEOUT, "interrupted");
        }
    }

    /** Streams one resource file through a window, looking for the words in UTF-8 and UTF-16 (string pools use either). */
    private static void searchText(SafeArchive archive, ZipEntry e, Set<String> words) {
        byte[] window = new byte[64 * 1024 + 64];
        int keep = 0;
        try (InputStream in = archive.stream(e)) {
            int r;
            while ((r = in.read(window, keep, window.length - keep)) > 0) {
                int len = keep + r;
                for (int i = 0; i < UTF8.length; i++) {
                    if (indexOf(window, len, UTF8[i]) >= 0 || indexOf(window, len, UTF16[i]) >= 0) {
                        words.add(QUESTION_SEARCH_WORDS.get(i));
                    }
                }
                keep = Math.min(len, 32);
                System.arraycopy(window, len - keep, window, 0, keep);
            }
        } catch (IOException ex) {
            throw new PackageRejected(Kind.TRUNCATED, e.getName() + ": " + ex.getMessage());
        }
    }

    static int indexOf(byte[] data, int len, byte[] pattern) {
        byte first = pattern[0];
        int last = len - pattern.length;
        outer:
        for (int i = 0; i <= last; i++) {
            if (data[i] != first) {
                continue;
            }
            for (int j = 1; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** Which schemes verify and who signed, by apksig; an unsigned or badly signed package is reported, not refused. */
    static Signing verify(Path apk) {
        ApkVerifier.Result result;
        try {
            result = new ApkVerifier.Builder(apk.toFile()).build().verify();
        } catch (ApkFormatException | IOException | NoSuchAlgorithmException | RuntimeException e) {
            return new Signing(false, List.of(), List.of());
        }
        List<String> schemes = new ArrayList<>();
        if (result.isVerifiedUsingV1Scheme()) {
            schemes.add("V1");
        }
        if (result.isVerifiedUsingV2Scheme()) {
            schemes.add("V2");
        }
        if (result.isVerifiedUsingV3Scheme()) {
            schemes.add("V3");
        }
        if (result.isVerifiedUsingV31Scheme()) {
            schemes.add("V31");
        }
        List<Certificate> certificates = new ArrayList<>();
        for (X509Certificate c : result.getSignerCertificates()) {
            certificates.add(describe(c));
        }
        return new Signing(result.isVerified(), List.copyOf(schemes), List.copyOf(certificates));
    }

    static Certificate describe(X509Certificate c) {
        try {
            String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(c.getEncoded()));
            return new Certificate(sha256, c.getSubjectX500Principal().getName(), c.getIssuerX500Principal().getName(),
                    c.getNotBefore().toInstant(), c.getNotAfter().toInstant());
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
