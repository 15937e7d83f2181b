package cn.eduapp.registry.inspection.internal.apk;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * A ResStringPool chunk (binary XML and resources.arsc), decoded lazily: the global pool of a resource
 * table can hold tens of thousands of strings of which one is wanted. Out-of-range reads give "".
 */
final class StringPool {

    static final StringPool EMPTY = new StringPool(ByteBuffer.allocate(0), 0, 0, 0, 0, false);

    private final ByteBuffer buf;
    private final int offsetsAt;
    private final int stringsAt;
    private final int count;
    private final int chunkEnd;
    private final boolean utf8;

    private StringPool(ByteBuffer buf, int offsetsAt, int stringsAt, int count, int chunkEnd, boolean utf8) {
        this.buf = buf;
        this.offsetsAt = offsetsAt;
        this.stringsAt = stringsAt;
        this.count = count;
        this.chunkEnd = chunkEnd;
        this.utf8 = utf8;
    }

    /** {@code pos}: the chunk's start; {@code header}: its header size; {@code chunkEnd}: its end. */
    static StringPool read(ByteBuffer buf, int pos, int header, int chunkEnd) {
        if (header < 28 || pos + 28 > chunkEnd) {
            throw new BinaryXml.Malformed("bad string pool");
        }
        int count = buf.getInt(pos + 8);
        int flags = buf.getInt(pos + 16);
        long stringsStart = buf.getInt(pos + 20) & 0xFFFFFFFFL;
        if (count < 0 || (long) count * 4 > chunkEnd - pos - header) {
            throw new BinaryXml.Malformed("bad string count");
        }
        return new StringPool(buf, pos + header, (int) Math.min(pos + stringsStart, chunkEnd), count, chunkEnd,
                (flags & (1 << 8)) != 0);
    }

    int size() {
        return count;
    }

    String get(int index) {
        if (index < 0 || index >= count) {
            return "";
        }
        long at = stringsAt + (buf.getInt(offsetsAt + 4 * index) & 0xFFFFFFFFL);
        return at < chunkEnd ? decode((int) at) : "";
    }

    private String decode(int at) {
        try {
            if (utf8) {
                int p = at;
                p += (buf.get(p) & 0x80) != 0 ? 2 : 1; // length in UTF-16 units, unused
                int n = buf.get(p) & 0xFF;
                if ((n & 0x80) != 0) {
                    n = ((n & 0x7F) << 8) | (buf.get(p + 1) & 0xFF);
                    p += 2;
                } else {
                    p += 1;
                }
                if (p + n > chunkEnd) {
                    return "";
                }
                byte[] b = new byte[n];
                buf.get(p, b);
                return new String(b, StandardCharsets.UTF_8);
            }
            int n = buf.getShort(at) & 0xFFFF;
            int p = at + 2;
            if ((n & 0x8000) != 0) {
                n = ((n & 0x7FFF) << 16) | (buf.getShort(at + 2) & 0xFFFF);
                p += 2;
            }
            if (p + 2L * n > chunkEnd) {
                return "";
            }
            char[] c = new char[n];
            for (int i = 0; i < n; i++) {
                c[i] = (char) (buf.getShort(p + 2 * i) & 0xFFFF);
            }
            return new String(c);
        } catch (IndexOutOfBoundsException e) {
            return "";
        }
    }
}
