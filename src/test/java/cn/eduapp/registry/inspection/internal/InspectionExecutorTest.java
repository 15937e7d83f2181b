package cn.eduapp.registry.inspection.internal;

import cn.eduapp.registry.inspection.internal.apk.InspectionLimits;
import cn.eduapp.registry.inspection.internal.apk.PackageRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class InspectionExecutorTest {

    static InspectionLimits limits(int threads, int queue, long timeoutSeconds) {
        return new InspectionLimits(500L << 20, 2L << 30, 64L << 20, 200, 1L << 20, 50_000, 64L << 20, threads, queue,
                timeoutSeconds);
    }

    @Test
    void anInspectionPastItsTimeoutIsInterruptedAndRefused() throws InterruptedException {
        InspectionExecutor executor = new InspectionExecutor(limits(1, 1, 1));
        CountDownLatch interrupted = new CountDownLatch(1);
        assertThatThrownBy(() -> executor.run(() -> {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
            return null;
        })).isInstanceOfSatisfying(PackageRejected.class, e -> assertThat(e.kind()).isEqualTo(PackageRejected.Kind.TIMEOUT));
        assertThat(interrupted.await(5, TimeUnit.SECONDS)).as("the inspection thread was interrupted").isTrue();
        executor.stop();
    }

    @Test
    void whenEveryThreadAndQueueSlotIsTakenTheNextIsBusy() throws Exception {
        InspectionExecutor executor = new InspectionExecutor(limits(1, 1, 30));
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Object> first = CompletableFuture.supplyAsync(() -> executor.run(() -> release.await(20, TimeUnit.SECONDS)));
        CompletableFuture<Object> second = CompletableFuture.supplyAsync(() -> executor.run(() -> release.await(20, TimeUnit.SECONDS)));
        Thread.sleep(300);
        assertThatThrownBy(() -> executor.run(() -> "third")).isInstanceOf(InspectionExecutor.Busy.class);
        release.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(true);
        assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo(true);
        assertThat(executor.run(() -> "after")).isEqualTo("after");
        executor.stop();
    }

    @Test
    void aRefusalInsideTheInspectionReachesTheCaller() {
        InspectionExecutor executor = new InspectionExecutor(limits(1, 1, 30));
        assertThatThrownBy(() -> executor.run(() -> {
            throw new PackageRejected(PackageRejected.Kind.BOMB, "x");
        })).isInstanceOfSatisfying(PackageRejected.class, e -> assertThat(e.kind()).isEqualTo(PackageRejected.Kind.BOMB));
        executor.stop();
    }
}
