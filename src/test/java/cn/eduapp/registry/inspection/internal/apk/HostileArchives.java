package cn.eduapp.registry.inspection.internal.apk;

/** Hostile archives shared by the unit tests and the HTTP tests. */
public final class HostileArchives {

    private HostileArchives() {
    }

    public static byte[] lyingSize(byte[] zip, String name, int size) {
        return HostileArchiveTest.patchUncompressedSize(zip, name, size);
    }

    public static byte[] manyEntries(int n) {
        return HostileArchiveTest.manyEntries(n);
    }
}
