package cn.eduapp.registry.inspection.internal.apk;

import cn.eduapp.registry.inspection.internal.InspectionSettings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The bounds a package must keep. Real APKs stay far inside them (the largest fixture, 18 MB with 16 dex
 * files, expands to about 45 MB in 1,900 entries); a hostile archive meets one of them within seconds, before
 * it can fill memory or disk. Every bound is a setting ({@link InspectionSettings}) so an operator can widen it
 * without a release.
 */
@Component
public class InspectionLimits {

    /** The upload itself (API.md: default 500 MB, 413 beyond). */
    private volatile long maxPackageSize;
    /** Sum of the declared uncompressed sizes of every entry, and of the bytes actually inflated. */
    private final long maxUncompressedTotal;
    /**
     * One entry read into memory (a dex file, the manifest, a nested APK). Dex files stay far below it (the
     * 65,536-method limit keeps them to ~10-20 MB); with {@code threads} inspections at once, the heap an
     * inspection may take is bounded by about twice this per thread (a nested APK and one of its dex files).
     */
    private final long maxEntrySize;
    /** An entry expanding more than this many times its compressed size is a bomb (deflate's own limit is ~1,032). */
    private final int maxCompressionRatio;
    /** Ratios are checked only for entries at least this large: a small run of zeros legitimately compresses well. */
    private final long ratioCheckFrom;
    private final int maxEntries;
    /** The central directory is read whole by java.util.zip; bounding it bounds that allocation. */
    private final long maxCentralDirectory;
    private final int threads;
    private final int queue;
    private final long timeoutSeconds;

    @Autowired
    public InspectionLimits(InspectionSettings s) {
        this(s.maxPackageSize().toBytes(), s.maxUncompressedSize().toBytes(), s.maxEntrySize().toBytes(),
                s.maxCompressionRatio(), 1L << 20, s.maxEntries(), 64L << 20, s.threads(), s.queue(), s.timeout().toSeconds());
    }

    public InspectionLimits(long maxPackageSize, long maxUncompressedTotal, long maxEntrySize, int maxCompressionRatio,
                            long ratioCheckFrom, int maxEntries, long maxCentralDirectory, int threads, int queue,
                            long timeoutSeconds) {
        this.maxPackageSize = maxPackageSize;
        this.maxUncompressedTotal = maxUncompressedTotal;
        this.maxEntrySize = maxEntrySize;
        this.maxCompressionRatio = maxCompressionRatio;
        this.ratioCheckFrom = ratioCheckFrom;
        this.maxEntries = maxEntries;
        this.maxCentralDirectory = maxCentralDirectory;
        this.threads = threads;
        this.queue = queue;
        this.timeoutSeconds = timeoutSeconds;
    }

    /** The defaults, for tools and tests outside Spring. */
    public static InspectionLimits defaults() {
        return new InspectionLimits(500L << 20, 2L << 30, 64L << 20, 200, 1L << 20, 50_000, 64L << 20, 2, 8, 120);
    }

    public long maxPackageSize() { return maxPackageSize; }
    public long maxUncompressedTotal() { return maxUncompressedTotal; }
    public long maxEntrySize() { return maxEntrySize; }
    public int maxCompressionRatio() { return maxCompressionRatio; }
    public long ratioCheckFrom() { return ratioCheckFrom; }
    public int maxEntries() { return maxEntries; }
    public long maxCentralDirectory() { return maxCentralDirectory; }
    public int threads() { return threads; }
    public int queue() { return queue; }
    public long timeoutSeconds() { return timeoutSeconds; }

    /**
     * Only for tests that must show the 413 without sending 500 MB through the one shared test context;
     * they restore the old value in a finally block.
     */
    public void overrideMaxPackageSizeForTest(long bytes) {
        this.maxPackageSize = bytes;
    }
}
