package cn.eduapp.registry.identity.internal.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import cn.eduapp.registry.system.data.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** account_second_factor: an account's TOTP secret (encrypted), one being set up, the last step used. */
@Repository
public class SecondFactorRepository {

    public record Stored(@Nullable String secret, @Nullable String pendingSecret, @Nullable Long lastStep) {
    }

    private final JdbcClient jdbc;

    SecondFactorRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Stored> find(String accountId) {
        return jdbc.sql("select secret, pending_secret, last_step from account_second_factor where account_id = ?")
                .param(UUID.fromString(accountId))
                .query(Rows.of(Stored.class)).optional();
    }

    /** Keeps {@code secret} as the one being set up (replacing an earlier one not yet confirmed). */
    public void savePending(String accountId, String secret) {
        jdbc.sql("""
                insert into account_second_factor (account_id, pending_secret) values (?, ?)
                on conflict (account_id) do update set pending_secret = excluded.pending_secret""")
                .params(UUID.fromString(accountId), secret).update();
    }

    /** The pending secret becomes the account's; {@code step} is the step of the code that confirmed it. */
    public boolean enable(String accountId, String pendingSecret, long step, Instant at) {
        return jdbc.sql("""
                update account_second_factor set secret = pending_secret, pending_secret = null, enabled_at = ?,
                       last_step = ?
                 where account_id = ? and pending_secret = ?""")
                .params(Timestamp.from(at), step, UUID.fromString(accountId), pendingSecret).update() == 1;
    }

    public void disable(String accountId) {
        jdbc.sql("delete from account_second_factor where account_id = ?").param(UUID.fromString(accountId)).update();
    }

    /**
     * Records that the code of {@code step} was used; false when it or a later one was used already (the
     * row is updated only forward, so two requests with one code cannot both pass).
     */
    public boolean use(String accountId, long step) {
        return jdbc.sql("""
                update account_second_factor set last_step = ?
                 where account_id = ? and secret is not null and (last_step is null or last_step < ?)""")
                .params(step, UUID.fromString(accountId), step).update() == 1;
    }
}
