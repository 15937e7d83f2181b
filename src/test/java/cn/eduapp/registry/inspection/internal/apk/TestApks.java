package cn.eduapp.registry.inspection.internal.apk;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jf.dexlib2.AccessFlags;
import org.jf.dexlib2.Opcodes;
import org.jf.dexlib2.immutable.ImmutableClassDef;
import org.jf.dexlib2.writer.io.MemoryDataStore;
import org.jf.dexlib2.writer.pool.DexPool;

/**
 * Builds packages in tests: a binary AndroidManifest.xml (the format aapt2 writes), dex files holding
 * classes of any name (dexlib2's writer), and archives of both, hostile ones included.
 */
public final class TestApks {

    private TestApks() {
    }

    /** A dex file defining these classes ({@code com.qq.e.ads.Banner} style names); strings go into its pool. */
    public static byte[] dex(List<String> classNames, String... poolStrings) {
        DexPool pool = new DexPool(Opcodes.getDefault());
        int i = 0;
        for (String c : classNames) {
            String source = i < poolStrings.length ? poolStrings[i] : null;
            pool.internClass(new ImmutableClassDef("L" + c.replace('.', '/') + ";", AccessFlags.PUBLIC.getValue(),
                    "Ljava/lang/Object;", null, source, null, null, null));
            i++;
        }
        MemoryDataStore store = new MemoryDataStore();
        try {
            pool.writeTo(store);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return java.util.Arrays.copyOf(store.getBuffer(), store.getSize());
    }

    /** A minimal APK: a binary manifest, the given dex files as classes.dex, classes2.dex …, and other entries. */
    public static byte[] apk(byte[] manifest, List<byte[]> dexFiles, Map<String, byte[]> others) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("AndroidManifest.xml", manifest);
        for (int i = 0; i < dexFiles.size(); i++) {
            entries.put(i == 0 ? "classes.dex" : "classes" + (i + 1) + ".dex", dexFiles.get(i));
        }
        entries.putAll(others);
        return zip(entries);
    }

    public static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** AndroidManifest.xml in binary XML; {@code versionCode} null leaves the attribute out. */
    public static byte[] manifest(String packageName, Long versionCode, String versionName, int minSdk, int targetSdk,
                                  List<String> permissions, List<String> exportedActivities) {
        Axml x = new Axml();
        List<Object[]> attrs = new ArrayList<>();
        attrs.add(x.str(null, "package", packageName));
        if (versionCode != null) {
            attrs.add(x.integer("versionCode", versionCode.intValue()));
        }
        attrs.add(x.str(Axml.ANDROID, "versionName", versionName));
        x.start("manifest", attrs);
        x.start("uses-sdk", List.<Object[]>of(x.integer("minSdkVersion", minSdk), x.integer("targetSdkVersion", targetSdk)));
        x.end("uses-sdk");
        for (String p : permissions) {
            x.start("uses-permission", List.<Object[]>of(x.str(Axml.ANDROID, "name", p)));
            x.end("uses-permission");
        }
        x.start("application", List.of());
        for (String a : exportedActivities) {
            x.start("activity", List.<Object[]>of(x.str(Axml.ANDROID, "name", a), x.bool("exported", true)));
            x.end("activity");
        }
        x.end("application");
        x.end("manifest");
        return x.bytes();
    }

    /** A manifest whose versionName is a string resource ({@code @string/app_version} = {@code resId}). */
    public static byte[] manifestWithVersionNameResource(String packageName, int resId) {
        Axml x = new Axml();
        x.start("manifest", List.<Object[]>of(x.str(null, "package", packageName), x.integer("versionCode", 5),
                x.reference("versionName", resId)));
        x.start("uses-sdk", List.<Object[]>of(x.integer("minSdkVersion", 21), x.integer("targetSdkVersion", 34)));
        x.end("uses-sdk");
        x.end("manifest");
        return x.bytes();
    }

    /**
     * resources.arsc with one package 0x7f and one string type (id {@code typeId}) holding {@code values} as
     * entries 0, 1, …: first in a non-default configuration ("zh"), then in the default one.
     */
    public static byte[] resourceTable(int typeId, List<String> defaultValues, List<String> chineseValues) {
        List<String> all = new ArrayList<>(defaultValues);
        all.addAll(chineseValues);
        byte[] global = Axml.pool(all);
        byte[] typeStrings = Axml.pool(List.of("string"));
        byte[] keyStrings = Axml.pool(List.of("app_version"));
        byte[] zh = typeChunk(typeId, chineseValues.size(), defaultValues.size(), "zh");
        byte[] def = typeChunk(typeId, defaultValues.size(), 0, null);
        int pkgHeader = 288;
        int pkgSize = pkgHeader + typeStrings.length + keyStrings.length + zh.length + def.length;
        ByteBuffer pkg = Axml.le(pkgSize);
        pkg.putShort((short) 0x0200).putShort((short) pkgHeader).putInt(pkgSize).putInt(0x7f);
        pkg.position(12 + 256);
        pkg.putInt(pkgHeader).putInt(0).putInt(pkgHeader + typeStrings.length).putInt(0).putInt(0);
        pkg.position(pkgHeader);
        pkg.put(typeStrings).put(keyStrings).put(zh).put(def);
        int total = 12 + global.length + pkgSize;
        ByteBuffer table = Axml.le(total);
        table.putShort((short) 0x0002).putShort((short) 12).putInt(total).putInt(1).put(global).put(pkg.array());
        return table.array();
    }

    private static byte[] typeChunk(int typeId, int count, int firstString, String language) {
        int configSize = 64;
        int header = 20 + configSize;
        int entriesStart = header + 4 * count;
        int size = entriesStart + 16 * count;
        ByteBuffer b = Axml.le(size);
        b.putShort((short) 0x0201).putShort((short) header).putInt(size).put((byte) typeId).put((byte) 0).putShort((short) 0)
                .putInt(count).putInt(entriesStart).putInt(configSize);
        if (language != null) {
            b.put(20 + 8, (byte) language.charAt(0)).put(20 + 9, (byte) language.charAt(1));
        }
        b.position(header);
        for (int i = 0; i < count; i++) {
            b.putInt(16 * i);
        }
        for (int i = 0; i < count; i++) {
            b.putShort((short) 8).putShort((short) 0).putInt(0)
                    .putShort((short) 8).put((byte) 0).put((byte) 0x03).putInt(firstString + i);
        }
        return b.array();
    }

    /** A tiny binary-XML writer: UTF-16 string pool, resource map for android: attributes, element chunks. */
    static final class Axml {
        static final String ANDROID = "http://schemas.android.com/apk/res/android";
        /** android:* names with resource ids come first in the pool, as aapt2 writes them. */
        private static final Map<String, Integer> IDS = Map.of("name", 0x01010003, "exported", 0x01010010,
                "versionCode", 0x0101021b, "versionName", 0x0101021c, "minSdkVersion", 0x0101020c,
                "targetSdkVersion", 0x01010270);
        private static final List<String> ID_ORDER = List.of("name", "exported", "versionCode", "versionName",
                "minSdkVersion", "targetSdkVersion");

        private final List<String> strings = new ArrayList<>(ID_ORDER);
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();

        int index(String s) {
            int i = strings.indexOf(s);
            if (i < 0) {
                strings.add(s);
                i = strings.size() - 1;
            }
            return i;
        }

        Object[] str(String ns, String name, String value) {
            return new Object[]{ns, name, value, 0x03, index(value)};
        }

        Object[] integer(String name, int value) {
            return new Object[]{ANDROID, name, null, 0x10, value};
        }

        Object[] reference(String name, int id) {
            return new Object[]{ANDROID, name, null, 0x01, id};
        }

        Object[] bool(String name, boolean value) {
            return new Object[]{ANDROID, name, null, 0x12, value ? -1 : 0};
        }

        void start(String element, List<Object[]> attrs) {
            ByteBuffer b = le(16 + 20 + 20 * attrs.size());
            b.putShort((short) 0x0102).putShort((short) 16).putInt(b.capacity()).putInt(1).putInt(-1);
            b.putInt(-1).putInt(index(element)).putShort((short) 20).putShort((short) 20)
                    .putShort((short) attrs.size()).putShort((short) 0).putShort((short) 0).putShort((short) 0);
            for (Object[] a : attrs) {
                b.putInt(a[0] == null ? -1 : index((String) a[0])).putInt(index((String) a[1]))
                        .putInt(a[2] == null ? -1 : index((String) a[2]))
                        .putShort((short) 8).put((byte) 0).put((byte) (int) (Integer) a[3]).putInt((Integer) a[4]);
            }
            body.writeBytes(b.array());
        }

        void end(String element) {
            ByteBuffer b = le(24);
            b.putShort((short) 0x0103).putShort((short) 16).putInt(24).putInt(1).putInt(-1).putInt(-1).putInt(index(element));
            body.writeBytes(b.array());
        }

        byte[] bytes() {
            byte[] pool = pool(strings);
            ByteBuffer map = le(8 + 4 * ID_ORDER.size());
            map.putShort((short) 0x0180).putShort((short) 8).putInt(map.capacity());
            for (String n : ID_ORDER) {
                map.putInt(IDS.get(n));
            }
            byte[] elements = body.toByteArray();
            int total = 8 + pool.length + map.capacity() + elements.length;
            ByteBuffer out = le(total);
            out.putShort((short) 0x0003).putShort((short) 8).putInt(total).put(pool).put(map.array()).put(elements);
            return out.array();
        }

        /** A UTF-16 ResStringPool chunk. */
        static byte[] pool(List<String> strings) {
            ByteArrayOutputStream data = new ByteArrayOutputStream();
            int[] offsets = new int[strings.size()];
            for (int i = 0; i < strings.size(); i++) {
                offsets[i] = data.size();
                String s = strings.get(i);
                ByteBuffer b = le(2 + 2 * s.length() + 2);
                b.putShort((short) s.length());
                for (char c : s.toCharArray()) {
                    b.putChar(c);
                }
                b.putShort((short) 0);
                data.writeBytes(b.array());
            }
            while (data.size() % 4 != 0) {
                data.write(0);
            }
            int poolHeader = 28;
            int poolSize = poolHeader + 4 * strings.size() + data.size();
            ByteBuffer pool = le(poolSize);
            pool.putShort((short) 0x0001).putShort((short) poolHeader).putInt(poolSize).putInt(strings.size()).putInt(0)
                    .putInt(0).putInt(poolHeader + 4 * strings.size()).putInt(0);
            for (int o : offsets) {
                pool.putInt(o);
            }
            pool.put(data.toByteArray());
            return pool.array();
        }

        static ByteBuffer le(int size) {
            return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
        }
    }
}
