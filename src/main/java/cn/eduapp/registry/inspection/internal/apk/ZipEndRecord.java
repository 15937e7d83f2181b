package cn.eduapp.registry.inspection.internal.apk;

import cn.eduapp.registry.inspection.internal.apk.PackageRejected.Kind;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The end-of-central-directory record (and its zip64 form) read by hand before {@link java.util.zip.ZipFile}
 * allocates anything: no record is "not a zip" (or "truncated" when the file starts like one), a central
 * directory reaching beyond the file is truncated, and an absurd entry count or directory size is refused.
 */
final class ZipEndRecord {

    private static final int EOCD_SIG = 0x06054b50;
    private static final int ZIP64_LOCATOR_SIG = 0x07064b50;
    private static final int ZIP64_EOCD_SIG = 0x06064b50;

    private ZipEndRecord() {
    }

    /** Reads the end record(s) by hand, so a hostile directory is refused before anything is allocated for it. */
    static void check(Path file, InspectionLimits limits) {
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
}
