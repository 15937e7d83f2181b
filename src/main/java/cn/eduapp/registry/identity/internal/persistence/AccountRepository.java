package cn.eduapp.registry.identity.internal.persistence;

import cn.eduapp.registry.identity.AccountSummary;
import cn.eduapp.registry.identity.NewAccount;
import cn.eduapp.registry.identity.internal.domain.StoredAccount;
import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.shared.Role;
import cn.eduapp.registry.system.data.Rows;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Repository;

/** account: who signs in, with which roles, and the lockout's counters. */
@Repository
public class AccountRepository {

    private static final String SELECT = """
            select a.id, a.organisation_id, o.name as organisation_name, a.username, a.password_hash,
                   array_to_string(a.roles, ',') as roles, a.enabled, a.password_changed_at, a.failed_attempts,
                   a.first_failed_at, a.locked_until
              from account a join organisation o on o.id = a.organisation_id
            """;

    /** A row of {@link #SELECT}: the roles as one comma-separated text. */
    record Row(String id, String organisationId, String organisationName, String username, String passwordHash,
               @Nullable String roles, boolean enabled, Instant passwordChangedAt, int failedAttempts,
               @Nullable Instant firstFailedAt, @Nullable Instant lockedUntil) {

        StoredAccount account() {
            Set<Role> set = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class)
                    : Arrays.stream(roles.split(",")).map(Role::valueOf)
                            .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
            return new StoredAccount(id, organisationId, organisationName, username, passwordHash, Set.copyOf(set),
                    enabled, passwordChangedAt, failedAttempts, firstFailedAt, lockedUntil);
        }
    }

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

    /** A new account whose password its holder chose (self-registration). */
    public String insert(NewAccount account) {
        return insert(account, clock.instant());
    }

    /**
     * A new account whose password someone else set (a district for its school, the city for an agency): its
     * holder must change it at the first sign-in before doing anything else.
     */
    public String insertWithFirstPassword(NewAccount account) {
        return insert(account, StoredAccount.FIRST_PASSWORD);
    }

    private String insert(NewAccount account, Instant passwordChangedAt) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into account (id, organisation_id, username, password_hash, roles, password_changed_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(id, UUID.fromString(account.organisationId()), account.username(),
                        encoder.encode(account.password()), roles(account.roles()), Timestamp.from(passwordChangedAt))
                .update();
        return id.toString();
    }

    public Optional<StoredAccount> findByUsername(String username) {
        return jdbc.sql(SELECT + " where a.username = ?").param(username).query(Rows.of(Row.class)).optional()
                .map(Row::account);
    }

    /** The enabled account {@code username} as the user it signs in as. */
    public Optional<CurrentUser> currentUser(String username) {
        return findByUsername(username).filter(StoredAccount::enabled).map(StoredAccount::currentUser);
    }

    public Optional<StoredAccount> findById(String id) {
        UUID uuid = Uuids.parse(id);
        if (uuid == null) {
            return Optional.empty();
        }
        return jdbc.sql(SELECT + " where a.id = ?").param(uuid).query(Rows.of(Row.class)).optional().map(Row::account);
    }

    public void recordFailure(String id, int attempts, Instant firstFailedAt, @Nullable Instant lockedUntil) {
        jdbc.sql("update account set failed_attempts = ?, first_failed_at = ?, locked_until = ? where id = ?")
                .params(attempts, Timestamp.from(firstFailedAt), lockedUntil == null ? null : Timestamp.from(lockedUntil),
                        UUID.fromString(id))
                .update();
    }

    public void resetFailures(String id) {
        jdbc.sql("update account set failed_attempts = 0, first_failed_at = null, locked_until = null where id = ?")
                .param(UUID.fromString(id)).update();
    }

    public void changePassword(String id, String newPassword) {
        jdbc.sql("update account set password_hash = ?, password_changed_at = ? where id = ?")
                .params(encoder.encode(newPassword), Timestamp.from(clock.instant()), UUID.fromString(id))
                .update();
    }

    /** The account's current password counts as chosen by its holder from now on. */
    public void markPasswordChosen(String accountId) {
        jdbc.sql("update account set password_changed_at = ? where id = ?")
                .params(Timestamp.from(clock.instant()), UUID.fromString(accountId)).update();
    }

    public boolean matches(StoredAccount account, String password) {
        return encoder.matches(password, account.passwordHash());
    }

    static String[] roles(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().toArray(String[]::new);
    }

    public List<AccountSummary> ofOrganisation(String organisationId) {
        UUID uuid = Uuids.parse(organisationId);
        if (uuid == null) {
            return List.of();
        }
        return jdbc.sql(SELECT + " where a.organisation_id = ? order by a.username").param(uuid)
                .query(Rows.of(Row.class)).list().stream().map(Row::account)
                .map(a -> new AccountSummary(a.id(), a.organisationId(), a.username(), a.roles(), a.enabled()))
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

    /** Disables the account (its tokens are revoked by {@link TokenRepository#revokeAll}). */
    public void disable(String accountId) {
        UUID uuid = Uuids.parse(accountId);
        if (uuid != null) {
            jdbc.sql("update account set enabled = false where id = ?").param(uuid).update();
        }
    }
}
