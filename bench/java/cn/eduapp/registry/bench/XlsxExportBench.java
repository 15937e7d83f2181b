package cn.eduapp.registry.bench;

import cn.eduapp.registry.system.data.Xlsx;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Instant;
import java.util.List;

/**
 * Issue 23: the .xlsx export writer (system.Xlsx, the one every list's .xlsx twin uses) with 100,000
 * white-list-shaped rows of unique Chinese text. Prints the time, the bytes and the heap in use (after a
 * GC) every 10,000 rows; "flat" means the heap after the last row is within 16 MB of the heap after the
 * first 10,000, i.e. the rows are not kept.
 */
public final class XlsxExportBench {

    public static void main(String[] args) throws IOException {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long[] written = {0};
        OutputStream sink = new OutputStream() {
            @Override public void write(int b) { written[0]++; }
            @Override public void write(byte[] b, int off, int len) { written[0] += len; }
        };
        long start = System.nanoTime();
        long first = 0;
        long last = 0;
        long peak = 0;
        Instant at = Instant.parse("2026-01-01T00:00:00Z");
        try (Xlsx xlsx = Xlsx.open(sink, "白名单", List.of("备案编号", "应用名称", "提供者", "统一社会信用代码", "类别",
                "平台及标识", "备案时间"))) {
            for (int i = 1; i <= rows; i++) {
                xlsx.row(String.format("京教APP备2026%05d号", i % 100_000), "北京数学课堂第" + i + "版",
                        "北京第" + i + "教育科技有限公司", "91110108MA0" + String.format("%07d", i), "学科培训类",
                        "ANDROID:cn.edu.app" + i, at.plusSeconds(i));
                if (i % 10_000 == 0) {
                    System.gc();
                    long used = memory.getHeapMemoryUsage().getUsed();
                    first = first == 0 ? used : first;
                    last = used;
                    peak = Math.max(peak, used);
                    System.out.printf("%,9d rows  heap in use %6.1f MB%n", i, used / 1048576.0);
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long growth = last - first;
        System.out.printf("%,d rows in %.2f s, %.1f MB of xlsx; heap after 10,000 rows %.1f MB, after all %.1f MB, "
                        + "peak %.1f MB (max heap %.0f MB): %s%n", rows, seconds, written[0] / 1048576.0,
                first / 1048576.0, last / 1048576.0, peak / 1048576.0,
                Runtime.getRuntime().maxMemory() / 1048576.0, growth < 16L * 1048576 ? "flat (met)" : "GROWING (MISSED)");
    }
}
