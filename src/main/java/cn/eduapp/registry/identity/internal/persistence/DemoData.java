package cn.eduapp.registry.identity.internal.persistence;

import cn.eduapp.registry.identity.OrganisationKind;
import cn.eduapp.registry.shared.Role;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * With {@code registry.demo=true} only: the agencies, 海淀区教委 with one school, a demo app store and the
 * accounts of API.md. Fixed ids and ON CONFLICT make it safe to run on every start of every instance.
 */
@Component
@org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty("registry.demo")
public class DemoData {

    public static final String PASSWORD = "Demo-Passw0rd!";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final TransactionTemplate tx;
    private final Clock clock;

    DemoData(JdbcClient jdbc, PasswordEncoder encoder, TransactionTemplate tx, Clock clock) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.tx = tx;
        this.clock = clock;
    }

    public static UUID id(String key) {
        return UUID.nameUUIDFromBytes(("eduapp-demo:" + key).getBytes(StandardCharsets.UTF_8));
    }

    @EventListener(ApplicationStartedEvent.class)
    void seed() {
        tx.executeWithoutResult(s -> {
            org("city", OrganisationKind.AGENCY, "北京市教育委员会", null);
            org("moe", OrganisationKind.AGENCY, "教育部教育移动互联网应用程序备案管理", null);
            org("ca", OrganisationKind.AGENCY, "北京市通信管理局", null);
            org("cac", OrganisationKind.AGENCY, "中共北京市委网络安全和信息化委员会办公室", null);
            org("haidian", OrganisationKind.INSTITUTION, "海淀区教育委员会", "city");
            org("haidian-school-1", OrganisationKind.INSTITUTION, "北京市海淀区示范第一小学", "haidian");
            org("appstore", OrganisationKind.APP_STORE, "示例应用商店", null);
            account("city-reviewer", "city", Role.CITY_REVIEWER);
            account("moe-reviewer", "moe", Role.MOE_REVIEWER);
            account("ca-officer", "ca", Role.CA_OFFICER);
            account("cac-officer", "cac", Role.CAC_OFFICER);
            account("district-haidian", "haidian", Role.DISTRICT_ADMIN);
            account("school-haidian-1", "haidian-school-1", Role.SCHOOL_ADMIN);
            account("appstore-demo", "appstore", Role.DISTRIBUTION_PLATFORM);
        });
        log.info("Demo organisations and accounts are in place (password {})", PASSWORD);
    }

    private void org(String key, OrganisationKind kind, String name, @Nullable String parent) {
        jdbc.sql("insert into organisation (id, kind, name, parent_id) values (?, ?, ?, ?) on conflict (id) do nothing")
                .params(id(key), kind.name(), name, parent == null ? null : id(parent)).update();
    }

    private void account(String username, String org, Role role) {
        jdbc.sql("""
                insert into account (id, organisation_id, username, password_hash, roles, password_changed_at)
                values (?, ?, ?, ?, ?, ?) on conflict (username) do nothing""")
                .params(id("account:" + username), id(org), username, encoder.encode(PASSWORD),
                        new String[] {role.name()}, Timestamp.from(clock.instant()))
                .update();
    }
}
