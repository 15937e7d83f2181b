package cn.eduapp.registry.inspection.internal.apk;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.jspecify.annotations.Nullable;

/**
 * Just enough of resources.arsc to resolve one string resource: a manifest may give its versionName as
 * {@code @string/…}, which aapt shows resolved. Prefers the default configuration; every offset is checked,
 * and anything unexpected answers null (the reference is then reported as it stands).
 */
final class ResourceTable {

    private static final int RES_TABLE_TYPE = 0x0002;
    private static final int RES_TABLE_PACKAGE_TYPE = 0x0200;
    private static final int RES_TABLE_TYPE_TYPE = 0x0201;
    private static final int FLAG_SPARSE = 0x01;
    private static final int FLAG_OFFSET16 = 0x02;
    private static final int ENTRY_COMPLEX = 0x0001;
    private static final int ENTRY_COMPACT = 0x0008;

    private ResourceTable() {
    }

    static @Nullable String string(byte[] arsc, int resId) {
        try {
            return find(ByteBuffer.wrap(arsc).order(ByteOrder.LITTLE_ENDIAN), resId);
        } catch (IndexOutOfBoundsException | BinaryXml.Malformed e) {
            return null;
        }
    }

    private static @Nullable String find(ByteBuffer b, int resId) {
        if (b.limit() < 12 || (b.getShort(0) & 0xFFFF) != RES_TABLE_TYPE) {
            return null;
        }
        int wantPackage = resId >>> 24;
        int wantType = (resId >>> 16) & 0xFF;
        int wantEntry = resId & 0xFFFF;
        int end = (int) Math.min(b.limit(), b.getInt(4) & 0xFFFFFFFFL);
        StringPool global = StringPool.EMPTY;
        Integer found = null;
        int pos = b.getShort(2) & 0xFFFF;
        while (pos + 8 <= end) {
            int type = b.getShort(pos) & 0xFFFF;
            int header = b.getShort(pos + 2) & 0xFFFF;
            long size = b.getInt(pos + 4) & 0xFFFFFFFFL;
            if (size < 8 || pos + size > end) {
                return null;
            }
            int chunkEnd = (int) (pos + size);
            if (type == 0x0001) {
                global = StringPool.read(b, pos, header, chunkEnd);
            } else if (type == RES_TABLE_PACKAGE_TYPE && b.getInt(pos + 8) == wantPackage) {
                int p = pos + header;
                while (p + 8 <= chunkEnd) {
                    int t = b.getShort(p) & 0xFFFF;
                    int h = b.getShort(p + 2) & 0xFFFF;
                    long s = b.getInt(p + 4) & 0xFFFFFFFFL;
                    if (s < 8 || p + s > chunkEnd) {
                        return null;
                    }
                    if (t == RES_TABLE_TYPE_TYPE && (b.get(p + 8) & 0xFF) == wantType) {
                        Integer value = stringValue(b, p, h, (int) (p + s), wantEntry);
                        if (value != null) {
                            found = value;
                            if (isDefaultConfig(b, p + 20, p + h)) {
                                return global.get(found);
                            }
                        }
                    }
                    p += (int) s;
                }
            }
            pos = chunkEnd;
        }
        return found == null ? null : global.get(found);
    }

    /** The global-pool index of entry {@code want} when it is a plain string value; null otherwise. */
    private static @Nullable Integer stringValue(ByteBuffer b, int p, int header, int end, int want) {
        int flags = b.get(p + 9) & 0xFF;
        long count = b.getInt(p + 12) & 0xFFFFFFFFL;
        long entriesStart = b.getInt(p + 16) & 0xFFFFFFFFL;
        long offset = -1;
        if ((flags & FLAG_SPARSE) != 0) {
            for (int i = 0; i < count && p + header + 4L * i + 4 <= end; i++) {
                int at = p + header + 4 * i;
                if ((b.getShort(at) & 0xFFFF) == want) {
                    offset = (b.getShort(at + 2) & 0xFFFFL) * 4;
                    break;
                }
            }
        } else if (want < count) {
            if ((flags & FLAG_OFFSET16) != 0) {
                int o = b.getShort(p + header + 2 * want) & 0xFFFF;
                offset = o == 0xFFFF ? -1 : o * 4L;
            } else {
                long o = b.getInt(p + header + 4 * want) & 0xFFFFFFFFL;
                offset = o == 0xFFFFFFFFL ? -1 : o;
            }
        }
        if (offset < 0 || p + entriesStart + offset + 8 > end) {
            return null;
        }
        int e = (int) (p + entriesStart + offset);
        int entryFlags = b.getShort(e + 2) & 0xFFFF;
        int dataType;
        int data;
        if ((entryFlags & ENTRY_COMPACT) != 0) {
            dataType = entryFlags >>> 8;
            data = b.getInt(e + 4);
        } else if ((entryFlags & ENTRY_COMPLEX) != 0) {
            return null;
        } else {
            int v = e + (b.getShort(e) & 0xFFFF);
            if (v + 8 > end) {
                return null;
            }
            dataType = b.get(v + 3) & 0xFF;
            data = b.getInt(v + 4);
        }
        return dataType == BinaryXml.TYPE_STRING ? data : null;
    }

    private static boolean isDefaultConfig(ByteBuffer b, int config, int headerEnd) {
        int size = b.getInt(config);
        int end = Math.min(config + Math.max(size, 4), headerEnd);
        for (int i = config + 4; i < end; i++) {
            if (b.get(i) != 0) {
                return false;
            }
        }
        return true;
    }
}
