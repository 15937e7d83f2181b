package cn.eduapp.registry.inspection.internal.apk;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A reader of Android's compiled ("binary") XML, the format of AndroidManifest.xml inside an APK: a string
 * pool, a resource-id map, then start and end element chunks. Every offset is checked against the buffer
 * (a malformed file fails with {@link Malformed}, never with an index error), and attribute names are
 * resolved through the resource-id map first, because obfuscated packages often blank the name strings
 * that Android itself never reads.
 */
final class BinaryXml {

    static final int RES_XML_TYPE = 0x0003;
    static final int RES_STRING_POOL_TYPE = 0x0001;
    static final int RES_XML_RESOURCE_MAP_TYPE = 0x0180;
    static final int RES_XML_START_ELEMENT_TYPE = 0x0102;
    static final int RES_XML_END_ELEMENT_TYPE = 0x0103;

    static final int TYPE_REFERENCE = 0x01;
    static final int TYPE_STRING = 0x03;
    static final int TYPE_INT_DEC = 0x10;
    static final int TYPE_INT_HEX = 0x11;
    static final int TYPE_INT_BOOLEAN = 0x12;

    static final class Malformed extends RuntimeException {
        Malformed(String message) {
            super(message, null, false, false);
        }
    }

    interface Handler {
        void start(String name, List<Attribute> attributes);

        void end(String name);
    }

    /** One attribute: its name, the android resource id of that name (0 when none), its typed value. */
    record Attribute(String namespace, String name, int resourceId, int type, int data, @Nullable String raw) {

        boolean is(int id, String plainName) {
            return resourceId != 0 ? resourceId == id : name.equals(plainName);
        }

        @Nullable String string() {
            if (raw != null) {
                return raw;
            }
            return switch (type) {
                case TYPE_INT_DEC -> Integer.toString(data);
                case TYPE_INT_HEX -> "0x" + Integer.toHexString(data);
                case TYPE_INT_BOOLEAN -> Boolean.toString(data != 0);
                case TYPE_REFERENCE -> "@0x" + Integer.toHexString(data);
                default -> null;
            };
        }

        @Nullable Long integer() {
            if (type >= TYPE_INT_DEC && type <= 0x1f && type != TYPE_INT_BOOLEAN) {
                return (long) data;
            }
            if (raw != null) {
                try {
                    return Long.parseLong(raw.trim());
                } catch (NumberFormatException e) {
                    return null;
                }
            }
            return null;
        }

        @Nullable Boolean bool() {
            if (type == TYPE_INT_BOOLEAN) {
                return data != 0;
            }
            if (raw != null && (raw.equals("true") || raw.equals("false"))) {
                return Boolean.parseBoolean(raw);
            }
            return null;
        }
    }

    private final ByteBuffer buf;
    private StringPool strings = StringPool.EMPTY;
    private int[] resourceIds = new int[0];

    private BinaryXml(byte[] bytes) {
        this.buf = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    }

    static void parse(byte[] bytes, Handler handler) {
        try {
            new BinaryXml(bytes).run(handler);
        } catch (IndexOutOfBoundsException e) {
            throw new Malformed("offset outside the document");
        }
    }

    private void run(Handler handler) {
        int len = buf.limit();
        if (len < 8 || u16(0) != RES_XML_TYPE) {
            throw new Malformed("not binary XML");
        }
        int end = (int) Math.min(len, buf.getInt(4) & 0xFFFFFFFFL);
        int pos = u16(2);
        while (pos + 8 <= end) {
            int type = u16(pos);
            int header = u16(pos + 2);
            long size = buf.getInt(pos + 4) & 0xFFFFFFFFL;
            if (size < 8 || header < 8 || header > size || pos + size > end) {
                throw new Malformed("bad chunk at " + pos);
            }
            int chunkEnd = (int) (pos + size);
            switch (type) {
                case RES_STRING_POOL_TYPE -> strings = StringPool.read(buf, pos, header, chunkEnd);
                case RES_XML_RESOURCE_MAP_TYPE -> {
                    int n = (chunkEnd - pos - header) / 4;
                    resourceIds = new int[n];
                    for (int i = 0; i < n; i++) {
                        resourceIds[i] = buf.getInt(pos + header + 4 * i);
                    }
                }
                case RES_XML_START_ELEMENT_TYPE -> startElement(pos + header, chunkEnd, handler);
                case RES_XML_END_ELEMENT_TYPE -> {
                    require(pos + header + 8 <= chunkEnd);
                    handler.end(string(buf.getInt(pos + header + 4)));
                }
                default -> {
                    // namespaces, CDATA and unknown chunks carry nothing the manifest needs
                }
            }
            pos = chunkEnd;
        }
    }

    private void startElement(int ext, int chunkEnd, Handler handler) {
        require(ext + 20 <= chunkEnd);
        String name = string(buf.getInt(ext + 4));
        int attrStart = u16(ext + 8);
        int attrSize = u16(ext + 10);
        int count = u16(ext + 12);
        require(attrSize >= 20 || count == 0);
        List<Attribute> attributes = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int a = ext + attrStart + i * attrSize;
            require(a + 20 <= chunkEnd);
            String ns = string(buf.getInt(a));
            int nameIndex = buf.getInt(a + 4);
            int rawIndex = buf.getInt(a + 8);
            int type = buf.get(a + 15) & 0xFF;
            int data = buf.getInt(a + 16);
            int resId = nameIndex >= 0 && nameIndex < resourceIds.length ? resourceIds[nameIndex] : 0;
            String raw = rawIndex >= 0 ? string(rawIndex) : null;
            if (raw == null && type == TYPE_STRING) {
                raw = string(data);
            }
            attributes.add(new Attribute(ns, string(nameIndex), resId, type, data, raw));
        }
        handler.start(name, attributes);
    }

    private String string(int index) {
        return strings.get(index);
    }

    private int u16(int at) {
        require(at >= 0 && at + 2 <= buf.limit());
        return buf.getShort(at) & 0xFFFF;
    }

    private void require(boolean ok) {
        if (!ok) {
            throw new Malformed("offset outside the document");
        }
    }
}
