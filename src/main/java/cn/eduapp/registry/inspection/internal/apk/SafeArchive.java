package cn.eduapp.registry.inspection.internal.apk;

import cn.eduapp.registry.inspection.internal.apk.PackageRejected.Kind;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * A zip archive opened only after it proved it is not hostile, and read only within bounds.
 *
 * <p>Before {@link ZipFile} allocates anything, the end record is checked ({@link ZipEndRecord}). Then every entry's name
 * (no {@code ..}, no absolute path, no backslash, no duplicate) and declared sizes (total, and ratio to the
 * compressed size) are checked. Reading an entry counts the bytes actually inflated: more than the entry
 * declared, or more than the whole archive may expand to, is a bomb whatever the headers said. Nothing is
 * ever extracted to disk.
 */
final class SafeArchive implements Closeable {

    private final ZipFile zip;
    private final List<ZipEntry> entries;
    private final InspectionLimits limits;
    private final InflationBudget budget;

    private SafeArchive(ZipFile zip, List<ZipEntry> entries, InspectionLimits limits, InflationBudget budget) {
        this.zip = zip;
        this.entries = entries;
        this.limits = limits;
        this.budget = budget;
    }

    static SafeArchive open(Path file, InspectionLimits limits) {
        ZipEndRecord.check(file, limits);
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw new PackageRejected(Kind.NOT_A_ZIP, "unreadable zip: " + e.getMessage());
        } catch (IOException e) {
            throw new PackageRejected(Kind.TRUNCATED, "unreadable zip: " + e.getMessage());
        }
        try {
            List<ZipEntry> entries = validate(zip, limits);
            return new SafeArchive(zip, entries, limits, new InflationBudget(limits.maxUncompressedTotal()));
        } catch (RuntimeException e) {
            closeQuietly(zip);
            throw e;
        }
    }

    List<ZipEntry> entries() {
        return entries;
    }

    InflationBudget budget() {
        return budget;
    }

    /** The whole entry in memory; within its declared size, the per-entry bound and the archive's budget. */
    byte[] read(ZipEntry e) {
        long declared = e.getSize();
        if (declared > limits.maxEntrySize()) {
            throw new PackageRejected(Kind.ENTRY_TOO_LARGE, e.getName() + " declares " + declared + " bytes");
        }
        try (InputStream in = zip.getInputStream(e)) {
            return BoundedReads.readBounded(in, (int) declared, true, budget, e.getName());
        } catch (ZipException | EOFException ex) {
            throw new PackageRejected(Kind.TRUNCATED, e.getName() + ": " + ex.getMessage());
        } catch (IOException ex) {
            throw new PackageRejected(Kind.TRUNCATED, e.getName() + ": " + ex.getMessage());
        }
    }

    /** A stream over one entry that refuses to give more than the entry declared (and spends the budget). */
    InputStream stream(ZipEntry e) throws IOException {
        return new CountingStream(zip.getInputStream(e), e.getSize(), budget, e.getName());
    }

    static boolean isDex(String name) {
        int slash = name.lastIndexOf('/');
        String base = name.substring(slash + 1);
        return slash < 0 && base.startsWith("classes") && base.endsWith(".dex");
    }

    private static List<ZipEntry> validate(ZipFile zip, InspectionLimits limits) {
        List<ZipEntry> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        long total = 0;
        Enumeration<? extends ZipEntry> en = zip.entries();
        while (en.hasMoreElements()) {
            ZipEntry e = en.nextElement();
            if (out.size() >= limits.maxEntries()) {
                throw new PackageRejected(Kind.TOO_MANY_ENTRIES, "more than " + limits.maxEntries() + " entries");
            }
            String name = e.getName();
            checkName(name);
            if (!names.add(name)) {
                throw new PackageRejected(Kind.DUPLICATE_ENTRY, "duplicate entry " + name);
            }
            long size = e.getSize();
            long csize = e.getCompressedSize();
            if (size < 0 || csize < 0) {
                throw new PackageRejected(Kind.TRUNCATED, "entry without sizes " + name);
            }
            total += size;
            if (total > limits.maxUncompressedTotal()) {
                throw new PackageRejected(Kind.BOMB, "declared sizes exceed " + limits.maxUncompressedTotal());
            }
            if (size >= limits.ratioCheckFrom() && (csize == 0 || size / Math.max(csize, 1) > limits.maxCompressionRatio())) {
                throw new PackageRejected(Kind.BOMB, name + " expands " + size + "/" + csize);
            }
            out.add(e);
        }
        return Collections.unmodifiableList(out);
    }

    /** Entry names stay inside the archive's own folder: no parent steps, no absolute or drive paths. */
    static void checkName(String name) {
        if (name.isEmpty() || name.startsWith("/") || name.indexOf('\\') >= 0 || name.indexOf('\0') >= 0
                || (name.length() > 1 && name.charAt(1) == ':')) {
            throw new PackageRejected(Kind.PATH_ESCAPE, "entry name " + name);
        }
        for (String segment : name.split("/", -1)) {
            if (segment.equals("..")) {
                throw new PackageRejected(Kind.PATH_ESCAPE, "entry name " + name);
            }
        }
    }

    private static void closeQuietly(ZipFile zip) {
        try {
            zip.close();
        } catch (IOException ignored) {
            // nothing to keep
        }
    }

    @Override
    public void close() {
        closeQuietly(zip);
    }

}
