package cn.eduapp.registry.inspection.internal;

import cn.eduapp.registry.inspection.internal.PackageRejected.Kind;
import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * A zip archive opened only after it proved it is not hostile, and read only within bounds.
 *
 * <p>Before {@link ZipFile} allocates anything, the end-of-central-directory record is read by hand: no
 * record is "not a zip" (or "truncated" when the file starts like one), a central directory reaching beyond
 * the file is truncated, and an absurd entry count or directory size is refused. Then every entry's name
 * (no {@code ..}, no absolute path, no backslash, no duplicate) and declared sizes (total, and ratio to the
 * compressed size) are checked. Reading an entry counts the bytes actually inflated: more than the entry
 * declared, or more than the whole archive may expand to, is a bomb whatever the headers said. Nothing is
 * ever extracted to disk.
 */
final class SafeArchive implements Closeable {

    private static final int EOCD_SIG = 0x06054b50;
    private static final int ZIP64_LOCATOR_SIG = 0x07064b50;
    private static final int ZIP64_EOCD_SIG = 0x06064b50;

    private final ZipFile zip;
    private final List<ZipEntry> entries;
    private final InspectionLimits limits;
    private final Budget budget;

    /** Bytes inflated so far by one inspection, shared with nested archives. */
    static final class Budget {
        private final long max;
        private long used;

        Budget(long max) {
            this.max = max;
        }

        void spend(long n) {
            used += n;
            if (used > max) {
                throw new PackageRejected(Kind.BOMB, "inflated beyond " + max + " bytes");
            }
        }

        long used() {
            return used;
        }
    }

    private SafeArchive(ZipFile zip, List<ZipEntry> entries, InspectionLimits limits, Budget budget) {
        this.zip = zip;
        this.entries = entries;
        this.limits = limits;
        this.budget = budget;
    }

    static SafeArchive open(Path file, InspectionLimits limits) {
        checkEndRecord(file, limits);
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
            return new SafeArchive(zip, entries, limits, new Budget(limits.maxUncompressedTotal()));
        } catch (RuntimeException e) {
            closeQuietly(zip);
            throw e;
        }
    }

    List<ZipEntry> entries() {
        return entries;
    }

    Budget budget() {
        return budget;
    }

    /** The whole entry in memory; within its declared size, the per-entry bound and the archive's budget. */
    byte[] read(ZipEntry e) {
        long declared = e.getSize();
        if (declared > limits.maxEntrySize()) {
            throw new PackageRejected(Kind.ENTRY_TOO_LARGE, e.getName() + " declares " + declared + " bytes");
        }
        try (InputStream in = zip.getInputStream(e)) {
            return readBounded(in, (int) declared, true, budget, e.getName());
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

    /**
     * Reads {@code in} to the end: exactly {@code size} bytes when {@code exact} (the declared size; one byte
     * more is a bomb), or at most {@code size} bytes otherwise (a nested entry whose size is not declared).
     */
    static byte[] readBounded(InputStream in, int size, boolean exact, Budget budget, String name) throws IOException {
        byte[] out = new byte[exact ? size : Math.min(size, 1 << 20)];
        int n = 0;
        while (true) {
            if (n == out.length) {
                if (exact) {
                    if (in.read() != -1) {
                        throw new PackageRejected(Kind.BOMB, name + " inflates beyond its declared size " + size);
                    }
                    break;
                }
                if (out.length >= size) {
                    if (in.read() != -1) {
                        throw new PackageRejected(Kind.ENTRY_TOO_LARGE, name + " is larger than " + size);
                    }
                    break;
                }
                out = java.util.Arrays.copyOf(out, (int) Math.min((long) out.length * 2, size));
            }
            int r = in.read(out, n, out.length - n);
            if (r < 0) {
                break;
            }
            budget.spend(r);
            n += r;
            if (Thread.currentThread().isInterrupted()) {
                throw new PackageRejected(Kind.TIMEOUT, "interrupted");
            }
        }
        if (exact && n != size) {
            throw new PackageRejected(Kind.TRUNCATED, name + " ends after " + n + " of " + size + " bytes");
        }
        return n == out.length ? out : java.util.Arrays.copyOf(out, n);
    }

    /** The dex files (and only those) of an APK nested in this one, read from memory with the same bounds. */
    static List<NestedEntry> nestedDexFiles(byte[] archive, InspectionLimits limits, Budget budget) {
        List<NestedEntry> out = new ArrayList<>();
        int count = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(archive))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                if (++count > limits.maxEntries()) {
                    throw new PackageRejected(Kind.TOO_MANY_ENTRIES, "nested archive has more than " + limits.maxEntries());
                }
                checkName(e.getName());
                if (isDex(e.getName())) {
                    out.add(new NestedEntry(e.getName(), readBounded(in, (int) Math.min(limits.maxEntrySize(),
                            Integer.MAX_VALUE - 8), false, budget, e.getName())));
                }
            }
        } catch (IOException e) {
            // a nested file that only looks like an archive is no reason to refuse the package
            return out;
        }
        return out;
    }

    record NestedEntry(String name, byte[] bytes) {
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

    /** Reads the end record(s) by hand, so a hostile directory is refused before anything is allocated for it. */
    private static void checkEndRecord(Path file, InspectionLimits limits) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            boolean startsLikeZip = size >= 4 && readInt(ch, 0) == 0x04034b50;
            if (size < 22) {
                throw new PackageRejected(startsLikeZip ? Kind.TRUNCATED : Kind.NOT_A_ZIP, "too short");
            }
            int tail = (int) Math.min(size, 22 + 0xFFFF);
            ByteBuffer buf = read(ch, size - tail, tail);
            int eocd = -1;
            for (int i = tail - 22; i >= 0; i--) {
                if (buf.getInt(i) == EOCD_SIG && i + 22 + (buf.getShort(i + 20) & 0xFFFF) == tail) {
                    eocd = i;
                    break;
                }
            }
            if (eocd < 0) {
                throw new PackageRejected(startsLikeZip ? Kind.TRUNCATED : Kind.NOT_A_ZIP, "no end of central directory");
            }
            long eocdPos = size - tail + eocd;
            long entries = buf.getShort(eocd + 10) & 0xFFFFL;
            long cenSize = buf.getInt(eocd + 12) & 0xFFFFFFFFL;
            long cenOffset = buf.getInt(eocd + 16) & 0xFFFFFFFFL;
            long endOfCen = eocdPos;
            if (entries == 0xFFFF || cenSize == 0xFFFFFFFFL || cenOffset == 0xFFFFFFFFL) {
                if (eocdPos < 20 || readInt(ch, eocdPos - 20) != ZIP64_LOCATOR_SIG) {
                    throw new PackageRejected(Kind.TRUNCATED, "zip64 locator missing");
                }
                long z64 = read(ch, eocdPos - 20 + 8, 8).getLong(0);
                if (z64 < 0 || z64 + 56 > eocdPos || readInt(ch, z64) != ZIP64_EOCD_SIG) {
                    throw new PackageRejected(Kind.TRUNCATED, "zip64 end record missing");
                }
                ByteBuffer r = read(ch, z64, 56);
                entries = r.getLong(32);
                cenSize = r.getLong(40);
                cenOffset = r.getLong(48);
                endOfCen = z64;
            }
            if (entries < 0 || entries > limits.maxEntries()) {
                throw new PackageRejected(Kind.TOO_MANY_ENTRIES, entries + " entries");
            }
            if (cenSize < 0 || cenSize > limits.maxCentralDirectory()) {
                throw new PackageRejected(Kind.TOO_MANY_ENTRIES, "central directory of " + cenSize + " bytes");
            }
            if (cenOffset < 0 || cenOffset + cenSize > endOfCen || entries * 46 > cenSize) {
                throw new PackageRejected(Kind.TRUNCATED, "central directory outside the file");
            }
        } catch (IOException e) {
            throw new PackageRejected(Kind.TRUNCATED, e.getMessage());
        }
    }

    private static int readInt(FileChannel ch, long pos) throws IOException {
        return read(ch, pos, 4).getInt(0);
    }

    private static ByteBuffer read(FileChannel ch, long pos, int len) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(len).order(ByteOrder.LITTLE_ENDIAN);
        while (b.hasRemaining()) {
            if (ch.read(b, pos + b.position()) < 0) {
                throw new EOFException();
            }
        }
        return b.flip().order(ByteOrder.LITTLE_ENDIAN);
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

    /** Counts inflated bytes; more than declared is a bomb. */
    private static final class CountingStream extends java.io.FilterInputStream {
        private final long declared;
        private final Budget budget;
        private final String name;
        private long n;

        CountingStream(InputStream in, long declared, Budget budget, String name) {
            super(in);
            this.declared = declared;
            this.budget = budget;
            this.name = name;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int r = super.read(b, off, len);
            if (r > 0) {
                count(r);
            }
            return r;
        }

        private void count(int r) {
            n += r;
            budget.spend(r);
            if (n > declared) {
                throw new PackageRejected(Kind.BOMB, name + " inflates beyond its declared size " + declared);
            }
            if (Thread.currentThread().isInterrupted()) {
                throw new PackageRejected(Kind.TIMEOUT, "interrupted");
            }
        }
    }
}
