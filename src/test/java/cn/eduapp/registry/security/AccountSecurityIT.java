package cn.eduapp.registry.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.eduapp.registry.support.Api;
import cn.eduapp.registry.support.CreditCodes;
import cn.eduapp.registry.support.Fixtures;
import cn.eduapp.registry.support.IntegrationTest;
import cn.eduapp.registry.support.PageSession;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import tools.jackson.databind.JsonNode;

/**
 * The account controls of DOMAIN.md's security baseline. Lockout tests use providers of their own:
 * the demo accounts are shared by every test and are never locked.
 */
class AccountSecurityIT extends IntegrationTest {

    @Autowired
    Environment environment;

    private Api.Response login(String username, String password) {
        return api().post("/api/v1/auth/login", null, Api.json(Map.of("username", username, "password", password)));
    }

    private Api.Response registerWithPassword(String username, String password) {
        Map<String, Object> body = Map.of("name", "北京口令测试" + username, "creditCode", CreditCodes.generate("91", "110108"),
                "legalPersonType", "FOR_PROFIT",
                "contact", Map.of("name", "张三", "phone", "13800000000", "email", "a@b.cn"),
                "account", Map.of("username", username, "password", password));
        return api().post("/api/v1/providers", null, Api.json(body));
    }

    private static List<String> codes(Api.Response r) {
        List<String> codes = new ArrayList<>();
        r.json().path("errors").forEach(e -> codes.add(e.path("code").asString()));
        return codes;
    }

    private static String message(Api.Response r, String code) {
        for (JsonNode e : r.json().path("errors")) {
            if (code.equals(e.path("code").asString())) {
                return e.path("message").asString();
            }
        }
        throw new AssertionError("no error " + code + " in " + r.body());
    }

    private String accountId(String username) {
        return jdbc.sql("select id::text from account where username = ?").param(username).query(String.class).single();
    }

    private List<String> auditActions(String accountId) {
        List<String> actions = new ArrayList<>();
        // a fresh sign-in: a token cached before a test moved the clock on may have timed out meanwhile
        String token = api().login("city-reviewer", Api.DEMO_PASSWORD);
        Fixtures.expect(api().get("/api/v1/audit?entityType=ACCOUNT&entityId=" + accountId + "&size=200", token), 200)
                .json().path("items").forEach(i -> actions.add(i.path("action").asString()));
        return actions;
    }

    @Test
    void weakPasswordsAreRefusedWithChineseMessages() {
        String user = "pw-" + UUID.randomUUID().toString().substring(0, 8);

        Api.Response shortOne = registerWithPassword(user, "Ab1!xyz");
        assertThat(shortOne.status()).isEqualTo(400);
        assertThat(codes(shortOne)).contains("PASSWORD_TOO_SHORT");
        assertThat(message(shortOne, "PASSWORD_TOO_SHORT")).isEqualTo("密码至少 12 位。");
        assertThat(shortOne.json().path("errors").get(0).path("field").asString()).isEqualTo("account.password");

        Api.Response twoClasses = registerWithPassword(user, "onlylowercase2026");
        assertThat(codes(twoClasses)).containsExactly("PASSWORD_TOO_SIMPLE");
        assertThat(message(twoClasses, "PASSWORD_TOO_SIMPLE")).contains("至少 3 类");

        Api.Response withUsername = registerWithPassword(user, "X!" + user.toUpperCase() + "-2026");
        assertThat(codes(withUsername)).containsExactly("PASSWORD_CONTAINS_USERNAME");
        assertThat(message(withUsername, "PASSWORD_CONTAINS_USERNAME")).isEqualTo("密码不得包含用户名。");

        Api.Response common = registerWithPassword(user, "Password123!");
        assertThat(codes(common)).containsExactly("PASSWORD_COMMON");
        assertThat(message(common, "PASSWORD_COMMON")).contains("常见");

        assertThat(registerWithPassword(user, "Kx9#mQ2$vLp7").status()).isEqualTo(201);
    }

    @Test
    void aPasswordChangeFollowsThePolicyAndIsAudited() {
        Fixtures.Provider p = fixtures().beijingCompany();
        Api.Response weak = api().post("/api/v1/auth/password", p.token(),
                Api.json(Map.of("currentPassword", "Not-The-Passw0rd", "newPassword", "short")));
        assertThat(weak.status()).isEqualTo(400);
        assertThat(codes(weak)).contains("WRONG_PASSWORD", "PASSWORD_TOO_SHORT");
        assertThat(message(weak, "WRONG_PASSWORD")).isEqualTo("当前密码不正确。");

        Api.Response ok = api().post("/api/v1/auth/password", p.token(),
                Api.json(Map.of("currentPassword", Fixtures.PASSWORD, "newPassword", "Brand-New-Passw0rd")));
        assertThat(ok.status()).isEqualTo(204);
        assertThat(login(p.username(), Fixtures.PASSWORD).status()).isEqualTo(401);
        assertThat(login(p.username(), "Brand-New-Passw0rd").status()).isEqualTo(200);
        assertThat(auditActions(accountId(p.username()))).contains("PASSWORD_CHANGED");
    }

    @Test
    void fiveFailuresLockTheAccountForFifteenMinutesEvenAgainstTheRightPassword() {
        Fixtures.Provider p = fixtures().beijingCompany();
        for (int i = 1; i <= 4; i++) {
            assertThat(login(p.username(), "Wrong-Passw0rd-" + i).status()).isEqualTo(401);
        }
        Api.Response fifth = login(p.username(), "Wrong-Passw0rd-5");
        assertThat(fifth.status()).as("the fifth failure still answers 401").isEqualTo(401);

        Api.Response locked = login(p.username(), Fixtures.PASSWORD);
        assertThat(locked.status()).isEqualTo(423);
        assertThat(locked.header("Content-Type")).startsWith("application/problem+json");
        assertThat(locked.text("detail")).contains("锁定");

        clock.advance(Duration.ofMinutes(14));
        assertThat(login(p.username(), Fixtures.PASSWORD).status()).isEqualTo(423);
        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        Api.Response after = login(p.username(), Fixtures.PASSWORD);
        assertThat(after.status()).as(after.body()).isEqualTo(200);

        // the success reset the count: four more failures do not lock
        for (int i = 1; i <= 4; i++) {
            assertThat(login(p.username(), "Wrong-Passw0rd-" + i).status()).isEqualTo(401);
        }
        assertThat(login(p.username(), Fixtures.PASSWORD).status()).isEqualTo(200);

        List<String> actions = auditActions(accountId(p.username()));
        assertThat(actions).contains("ACCOUNT_LOCKED", "LOGIN_SUCCEEDED");
        assertThat(actions.stream().filter("LOGIN_FAILED"::equals).count()).isGreaterThanOrEqualTo(11);
    }

    @Test
    void failuresFurtherApartThanFifteenMinutesDoNotLock() {
        Fixtures.Provider p = fixtures().beijingCompany();
        for (int i = 0; i < 4; i++) {
            assertThat(login(p.username(), "Wrong-Passw0rd!").status()).isEqualTo(401);
        }
        clock.advance(Duration.ofMinutes(16));
        for (int i = 0; i < 4; i++) {
            assertThat(login(p.username(), "Wrong-Passw0rd!").status()).isEqualTo(401);
        }
        assertThat(login(p.username(), Fixtures.PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void anUnknownUsernameGetsTheSameAnswerAsAWrongPassword() {
        Fixtures.Provider p = fixtures().beijingCompany();
        Api.Response unknown = login("nobody-" + UUID.randomUUID(), "Wrong-Passw0rd!");
        Api.Response wrong = login(p.username(), "Wrong-Passw0rd!");
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(unknown.body()).isEqualTo(wrong.body());
    }

    @Test
    void theLoginPageHonoursTheLockToo() {
        Fixtures.Provider p = fixtures().beijingCompany();
        for (int i = 0; i < 5; i++) {
            login(p.username(), "Wrong-Passw0rd!");
        }
        PageSession page = new PageSession(api().base());
        assertThat(page.login(p.username(), Fixtures.PASSWORD).headers().firstValue("Location").orElse(""))
                .endsWith("/login?locked");
    }

    @Test
    void staffTokensEndAfterFifteenIdleMinutes() {
        String token = api().login("city-reviewer", Api.DEMO_PASSWORD);
        clock.advance(Duration.ofMinutes(14));
        assertThat(api().get("/api/v1/auth/me", token).status()).isEqualTo(200);
        clock.advance(Duration.ofMinutes(14));
        assertThat(api().get("/api/v1/auth/me", token).status()).as("used 14 minutes ago").isEqualTo(200);
        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        Api.Response idle = api().get("/api/v1/auth/me", token);
        assertThat(idle.status()).isEqualTo(401);
        assertThat(idle.text("detail")).contains("过期");
    }

    @Test
    void providerTokensAreNotIdleBoundButExpireAfterEightHours() {
        Fixtures.Provider p = fixtures().beijingCompany();
        Api.Response r = login(p.username(), Fixtures.PASSWORD);
        String token = r.text("token");
        Instant expiresAt = Instant.parse(r.text("expiresAt"));
        assertThat(Duration.between(clock.instant(), expiresAt)).isBetween(Duration.ofHours(8).minusMinutes(1), Duration.ofHours(8));
        clock.advance(Duration.ofHours(7).plusMinutes(59));
        assertThat(api().get("/api/v1/auth/me", token).status()).isEqualTo(200);
        clock.advance(Duration.ofMinutes(2));
        assertThat(api().get("/api/v1/auth/me", token).status()).isEqualTo(401);
    }

    @Test
    void logoutRevokesTheToken() {
        Fixtures.Provider p = fixtures().beijingCompany();
        String token = api().login(p.username(), Fixtures.PASSWORD);
        assertThat(api().post("/api/v1/auth/logout", token).status()).isEqualTo(204);
        assertThat(api().get("/api/v1/auth/me", token).status()).isEqualTo(401);
        assertThat(api().get("/api/v1/filings", token).status()).isEqualTo(401);
        assertThat(p.token()).as("other tokens of the account live on").isNotEqualTo(token);
        assertThat(api().get("/api/v1/auth/me", p.token()).status()).isEqualTo(200);
        assertThat(auditActions(accountId(p.username()))).contains("LOGGED_OUT");
    }

    @Test
    void agencyStaffAreAskedToChangePasswordsOlderThanNinetyDays() {
        Fixtures.Provider p = fixtures().beijingCompany();
        assertThat(login("city-reviewer", Api.DEMO_PASSWORD).json().path("passwordChangeRequired").asBoolean()).isFalse();

        clock.advance(Duration.ofDays(91));
        Api.Response staff = login("city-reviewer", Api.DEMO_PASSWORD);
        assertThat(staff.json().path("passwordChangeRequired").asBoolean()).isTrue();
        assertThat(api().get("/api/v1/auth/me", staff.text("token")).json().path("passwordChangeRequired").asBoolean()).isTrue();
        assertThat(login(p.username(), Fixtures.PASSWORD).json().path("passwordChangeRequired").asBoolean())
                .as("providers are not agency staff").isFalse();
    }

    @Test
    void staffWithAnOldPasswordAreTakenToThePasswordPageAfterLoggingIn() {
        cn.eduapp.registry.support.PageSession fresh = new cn.eduapp.registry.support.PageSession(api().base());
        java.net.http.HttpResponse<String> ok = fresh.login("city-reviewer", Api.DEMO_PASSWORD);
        assertThat(ok.headers().firstValue("Location").orElse("")).endsWith("/home");

        clock.advance(Duration.ofDays(91));
        cn.eduapp.registry.support.PageSession old = new cn.eduapp.registry.support.PageSession(api().base());
        java.net.http.HttpResponse<String> asked = old.login("city-reviewer", Api.DEMO_PASSWORD);
        assertThat(asked.headers().firstValue("Location").orElse("")).endsWith("/account/password?expired");
        assertThat(old.get("/account/password?expired").body()).contains("90 天");
    }

    @Test
    void staffPageSessionsEndAfterFifteenIdleMinutes() {
        // the servlet container ends idle sessions; its clock cannot be moved, so the setting is asserted
        assertThat(Duration.parse("PT" + environment.getProperty("server.servlet.session.timeout", "").toUpperCase()))
                .isEqualTo(Duration.ofMinutes(15));
    }
}
