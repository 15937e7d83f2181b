package cn.eduapp.registry.system.security;

import cn.eduapp.registry.system.security.JdbcBucketProxyManager;
import cn.eduapp.registry.system.data.Rows;

import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AbstractCompareAndSwapBasedProxyManager;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AsyncCompareAndSwapOperation;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.CompareAndSwapOperation;
import io.github.bucket4j.distributed.remote.RemoteBucketState;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Bucket4j buckets kept in PostgreSQL ({@code rate_limit_bucket}), so a budget holds across instances:
 * Bucket4j's own compare-and-swap protocol over one row per key (no lock held between the read and the
 * write; a lost race retries). Bucket4j publishes its PostgreSQL module only up to 8.18, while the core
 * here is 8.19, hence these few lines on the core's generic base. Rows expire once their bucket would be
 * full again and are removed by {@link #removeExpired()}, so the table holds only active addresses.
 */
class JdbcBucketProxyManager extends AbstractCompareAndSwapBasedProxyManager<String> {

    private final JdbcClient jdbc;

    JdbcBucketProxyManager(JdbcClient jdbc) {
        super(ClientSideConfig.getDefault().withExpirationAfterWriteStrategy(
                ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10))));
        this.jdbc = jdbc;
    }

    @Override
    protected CompareAndSwapOperation beginCompareAndSwapOperation(String key) {
        return new CompareAndSwapOperation() {
            @Override
            public Optional<byte[]> getStateData(Optional<Long> timeoutNanos) {
                return jdbc.sql("select state from rate_limit_bucket where id = ?").param(key)
                        .query((rs, i) -> rs.getBytes(1)).optional();
            }

            @Override
            public boolean compareAndSwap(byte[] original, byte[] next, RemoteBucketState state, Optional<Long> timeoutNanos) {
                Long expiresAt = getClientSideConfig().getExpirationAfterWriteStrategy()
                        .map(s -> System.currentTimeMillis() + s.calculateTimeToLiveMillis(state, currentTimeNanos()))
                        .orElse(null);
                if (original == null) {
                    return jdbc.sql("insert into rate_limit_bucket (id, state, expires_at) values (?, ?, ?) on conflict do nothing")
                            .params(key, next, expiresAt).update() == 1;
                }
                return jdbc.sql("update rate_limit_bucket set state = ?, expires_at = ? where id = ? and state = ?")
                        .params(next, expiresAt, key, original).update() == 1;
            }
        };
    }

    @Override
    protected AsyncCompareAndSwapOperation beginAsyncCompareAndSwapOperation(String key) {
        throw new UnsupportedOperationException("synchronous only");
    }

    @Override
    public void removeProxy(String key) {
        jdbc.sql("delete from rate_limit_bucket where id = ?").param(key).update();
    }

    @Override
    protected CompletableFuture<Void> removeAsync(String key) {
        throw new UnsupportedOperationException("synchronous only");
    }

    @Override
    public boolean isExpireAfterWriteSupported() {
        return true;
    }

    @Override
    public boolean isAsyncModeSupported() {
        return false;
    }

    /** Drops buckets that have refilled completely (their state says nothing any more). */
    int removeExpired() {
        return jdbc.sql("delete from rate_limit_bucket where expires_at < ?").param(System.currentTimeMillis()).update();
    }

    /** Forgets every bucket (tests that burst on purpose). */
    void removeAll() {
        jdbc.sql("delete from rate_limit_bucket").update();
    }
}
