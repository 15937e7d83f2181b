package cn.eduapp.registry.inspection.internal.apk;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Times one full inspection (archive checks, manifest, apksig verification, every dex's class names through the
 * SDK trie, the question-search word scan) of the package given as argument. Prints the first (cold JVM) run
 * and the median and best of the following runs, in CPU time of the inspecting thread and in wall time, plus
 * the signature verification alone. Run by bench/inspect.sh.
 */
public final class InspectBench {

    private InspectBench() {
    }

    public static void main(String[] args) throws Exception {
        Path apk = Path.of(args.length > 0 ? args[0] : "target/apk-fixtures/appium-uiautomator2-server-v10.6.6.apk");
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        if (!Files.exists(apk)) {
            System.err.println("missing " + apk + ": run bench/fetch-apks.sh");
            System.exit(2);
        }
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        ApkInspector inspector = new ApkInspector(InspectionLimits.defaults(), SdkSignatures.load());
        System.out.printf("package: %s (%,d bytes)%n", apk, Files.size(apk));

        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long[] cpu = new long[runs + 1];
        long[] proc = new long[runs + 1];
        long[] wall = new long[runs + 1];
        ApkInspector.Inspection last = null;
        for (int i = 0; i <= runs; i++) {
            long c0 = mx.getCurrentThreadCpuTime();
            long p0 = os.getProcessCpuTime();
            long w0 = System.nanoTime();
            last = inspector.inspect(apk);
            cpu[i] = mx.getCurrentThreadCpuTime() - c0;
            proc[i] = os.getProcessCpuTime() - p0;
            wall[i] = System.nanoTime() - w0;
        }
        long c0 = mx.getCurrentThreadCpuTime();
        ApkInspector.verify(apk);
        long signingCpu = mx.getCurrentThreadCpuTime() - c0;

        System.out.printf("result: %s %s (%s), %d dex files, %d classes, sdks %s, schemes %s%n",
                last.manifest().packageName(), last.manifest().versionName(), last.manifest().versionCode(),
                last.code().dexFiles(), last.code().classes(), last.sdks().stream().map(s -> s.name()).toList(),
                last.signing().schemes());
        System.out.printf("first run (cold JVM): cpu %6.0f ms (whole process incl. JIT and GC %6.0f ms), wall %6.0f ms%n",
                ms(cpu[0]), ms(proc[0]), ms(wall[0]));
        long[] warmCpu = Arrays.copyOfRange(cpu, 1, cpu.length);
        long[] warmWall = Arrays.copyOfRange(wall, 1, wall.length);
        long[] warmProc = Arrays.copyOfRange(proc, 1, proc.length);
        Arrays.sort(warmProc);
        Arrays.sort(warmCpu);
        Arrays.sort(warmWall);
        System.out.printf("next %d runs:        inspecting thread cpu median %6.0f ms, best %6.0f ms; wall median %6.0f ms, best %6.0f ms%n",
                runs, ms(warmCpu[runs / 2]), ms(warmCpu[0]), ms(warmWall[runs / 2]), ms(warmWall[0]));
        System.out.printf("whole process cpu (all threads, incl. apksig's digest threads, JIT, GC): median %6.0f ms%n",
                ms(warmProc[runs / 2]));
        System.out.printf("of which apksig verification alone (warm): cpu %6.0f ms%n", ms(signingCpu));
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
