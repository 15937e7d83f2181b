package cn.eduapp.registry.inspection.internal;

import cn.eduapp.registry.inspection.internal.apk.InspectionLimits;
import cn.eduapp.registry.inspection.internal.apk.PackageRejected;
import cn.eduapp.registry.inspection.internal.apk.PackageRejected.Kind;
import jakarta.annotation.PreDestroy;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * Inspections run here, never on more than {@code registry.inspection.threads} threads at once with a short
 * queue: memory stays bounded (each holds at most one dex file) and the request threads, the database pool
 * and everything else keep serving other calls. A full queue is {@link Busy}; an inspection past its timeout
 * is interrupted and refused.
 */
@Component
public class InspectionExecutor {

    public static final class Busy extends RuntimeException {
        Busy() {
            super(null, null, false, false);
        }
    }

    private final ThreadPoolExecutor pool;
    private final long timeoutSeconds;

    InspectionExecutor(InspectionLimits limits) {
        AtomicInteger n = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(limits.threads(), limits.threads(), 60, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(Math.max(1, limits.queue())), r -> {
                    Thread t = new Thread(r, "inspection-" + n.incrementAndGet());
                    t.setDaemon(true);
                    t.setPriority(Thread.NORM_PRIORITY - 1);
                    return t;
                }, new ThreadPoolExecutor.AbortPolicy());
        this.timeoutSeconds = limits.timeoutSeconds();
    }

    public <T> T run(Callable<T> task) {
        Future<T> f;
        try {
            f = pool.submit(task);
        } catch (RejectedExecutionException e) {
            throw new Busy();
        }
        try {
            return f.get(timeoutSeconds, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            throw new PackageRejected(Kind.TIMEOUT, "inspection took longer than " + timeoutSeconds + " s");
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            throw new PackageRejected(Kind.TIMEOUT, "interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }
}
