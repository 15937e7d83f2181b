package cn.eduapp.registry.inspection.internal.apk;

import cn.eduapp.registry.inspection.internal.apk.PackageRejected.Kind;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Entries read into memory within bounds: their declared size, the per-entry bound, the inspection's budget. */
final class BoundedReads {

    private BoundedReads() {
    }

    /**
     * Reads {@code in} to the end: exactly {@code size} bytes when {@code exact} (the declared size; one byte
     * more is a bomb), or at most {@code size} bytes otherwise (a nested entry whose size is not declared).
     */
    static byte[] readBounded(InputStream in, int size, boolean exact, InflationBudget budget, String name) throws IOException {
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
                out = Arrays.copyOf(out, (int) Math.min((long) out.length * 2, size));
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
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    /** The dex files (and only those) of an APK nested in this one, read from memory with the same bounds. */
    static List<NestedEntry> nestedDexFiles(byte[] archive, InspectionLimits limits, InflationBudget budget) {
        List<NestedEntry> out = new ArrayList<>();
        int count = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(archive))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                if (++count > limits.maxEntries()) {
                    throw new PackageRejected(Kind.TOO_MANY_ENTRIES, "nested archive has more than " + limits.maxEntries());
                }
                SafeArchive.checkName(e.getName());
                if (SafeArchive.isDex(e.getName())) {
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
}
