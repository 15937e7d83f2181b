package cn.eduapp.registry.identity.internal;

import cn.eduapp.registry.identity.NewAccount;
import cn.eduapp.registry.shared.Role;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Repository;

@Repository
public class AccountRepository {

    private static final String SELECT = """
            select a.id, a.organisation_id, o.name as organisation_name, a.username, a.password_hash, a.roles,
                   a.enabled, a.password_changed_at, a.failed_attempts, a.first_failed_at, a.locked_until
              from account a join organisation o on o.id = a.organisation_id
            """;

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final Clock clock;

    AccountRepository(JdbcClient jdbc, PasswordEncoder encoder, Clock clock) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.clock = clock;
    }

    public boolean exists(String username) {
        return jdbc.sql("select count(*) from account where username = ?").param(username)
                .query(Long.class).single() > 0;
    }

    public String insert(NewAccount account) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into account (id, organisation_id, username, password_hash, roles, password_changed_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(id, UUID.fromString(account.organisationId()), account.username(),
                        encoder.encode(account.password()), roles(account.roles()), Timestamp.from(clock.instant()))
                .update();
        return id.toString();
    }

    Optional<StoredAccount> findByUsername(String username) {
        return jdbc.sql(SELECT + " where a.username = ?").param(username).query(AccountRepository::map).optional();
    }

    /** The enabled account {@code username} as the user it signs in as. */
    public Optional<cn.eduapp.registry.shared.CurrentUser> currentUser(String username) {
        return findByUsername(username).filter(StoredAccount::enabled).map(LoginService::currentUser);
    }

    Optional<StoredAccount> findById(String id) {
        UUID uuid = Uuids.parse(id);
        if (uuid == null) {
            return Optional.empty();
        }
        return jdbc.sql(SELECT + " where a.id = ?").param(uuid).query(AccountRepository::map).optional();
    }

    void recordFailure(String id, int attempts, Instant firstFailedAt, @Nullable Instant lockedUntil) {
        jdbc.sql("update account set failed_attempts = ?, first_failed_at = ?, locked_until = ? where id = ?")
                .params(attempts, Timestamp.from(firstFailedAt), lockedUntil == null ? null : Timestamp.from(lockedUntil),
                        UUID.fromString(id))
                .update();
    }

    void resetFailures(String id) {
        jdbc.sql("update account set failed_attempts = 0, first_failed_at = null, locked_until = null where id = ?")
                .param(UUID.fromString(id)).update();
    }

    void changePassword(String id, String newPassword) {
        jdbc.sql("update account set password_hash = ?, password_changed_at = ? where id = ?")
                .params(encoder.encode(newPassword), Timestamp.from(clock.instant()), UUID.fromString(id))
                .update();
    }

    boolean matches(StoredAccount account, String password) {
        return encoder.matches(password, account.passwordHash());
    }

    static String[] roles(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().toArray(String[]::new);
    }

    static StoredAccount map(ResultSet rs, int row) throws SQLException {
        String[] roles = (String[]) rs.getArray("roles").getArray();
        Set<Role> roleSet = roles.length == 0 ? EnumSet.noneOf(Role.class)
                : Arrays.stream(roles).map(Role::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        return new StoredAccount(rs.getString("id"), rs.getString("organisation_id"), rs.getString("organisation_name"),
                rs.getString("username"), rs.getString("password_hash"), Set.copyOf(roleSet), rs.getBoolean("enabled"),
                rs.getTimestamp("password_changed_at").toInstant(), rs.getInt("failed_attempts"),
                instant(rs.getTimestamp("first_failed_at")), instant(rs.getTimestamp("locked_until")));
    }

    private static @Nullable Instant instant(@Nullable Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }

    public java.util.List<cn.eduapp.registry.identity.AccountSummary> ofOrganisation(String organisationId) {
        UUID uuid = Uuids.parse(organisationId);
        if (uuid == null) {
            return java.util.List.of();
        }
        return jdbc.sql(SELECT + " where a.organisation_id = ? order by a.username").param(uuid)
                .query(AccountRepository::map).list().stream()
                .map(a -> new cn.eduapp.registry.identity.AccountSummary(a.id(), a.organisationId(), a.username(),
                        a.roles(), a.enabled()))
                .toList();
    }

    public Optional<String> usernameOf(String accountId) {
        UUID uuid = Uuids.parse(accountId);
        return uuid == null ? Optional.empty()
                : jdbc.sql("select username from account where id = ?").param(uuid).query(String.class).optional();
    }

    public boolean enabled(String accountId) {
        UUID uuid = Uuids.parse(accountId);
        return uuid != null && jdbc.sql("select enabled from account where id = ?").param(uuid).query(Boolean.class)
                .optional().orElse(false);
    }

    /** Disables the account and revokes every token it holds. */
    public void disable(String accountId) {
        UUID uuid = Uuids.parse(accountId);
        if (uuid == null) {
            return;
        }
        jdbc.sql("update account set enabled = false where id = ?").param(uuid).update();
        jdbc.sql("update api_token set revoked_at = ? where account_id = ? and revoked_at is null")
                .params(Timestamp.from(clock.instant()), uuid).update();
    }
}
