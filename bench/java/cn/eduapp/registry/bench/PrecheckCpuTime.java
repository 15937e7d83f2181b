package cn.eduapp.registry.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * The same evaluation as {@link PrecheckBenchmark}, counted against this thread's CPU time rather than the
 * wall clock: on a machine shared with other work, JMH's wall-clock throughput falls with the load; this
 * figure says what one core delivers. Run by bench/precheck.sh after JMH.
 */
public final class PrecheckCpuTime {

    private PrecheckCpuTime() {
    }

    public static void main(String[] args) throws Exception {
        PrecheckBenchmark bench = new PrecheckBenchmark();
        bench.setUp();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        int rounds = 6;
        long best = 0;
        Object sink = null;
        for (int round = 0; round < rounds; round++) {
            long start = mx.getCurrentThreadCpuTime();
            long n = 0;
            while (mx.getCurrentThreadCpuTime() - start < 1_000_000_000L) {
                for (int i = 0; i < 1000; i++) {
                    sink = bench.subjectTrainingFiling();
                }
                n += 1000;
            }
            long perSecond = (long) (n / ((mx.getCurrentThreadCpuTime() - start) / 1e9));
            if (round >= 2) {
                best = Math.max(best, perSecond);
            }
        }
        System.out.printf("subjectTrainingFiling (per CPU-second)  %12d evaluations/s%s%n", best,
                sink == null ? "?" : "");
    }
}
