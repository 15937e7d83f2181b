package cn.eduapp.registry.security;

import static cn.eduapp.registry.support.Fixtures.expect;
import static org.assertj.core.api.Assertions.assertThat;

import cn.eduapp.registry.support.Api;
import cn.eduapp.registry.support.IntegrationTest;
import cn.eduapp.registry.support.TotpCodes;
import cn.eduapp.registry.support.UsageFixtures;
import cn.eduapp.registry.support.UsageFixtures.Institution;
import cn.eduapp.registry.system.security.RateLimiter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 16: every check of a secret counts. Someone holding a signed-in session or token cannot guess the
 * current password or the second-factor code without limit; an account cannot be used to hammer the API.
 */
class SecretChecksIT extends IntegrationTest {

    @Autowired
    RateLimiter limiter;

    private UsageFixtures usage() {
        return new UsageFixtures(api());
    }

    private String accountId(String username) {
        return jdbc.sql("select id::text from account where username = ?").param(username).query(String.class).single();
    }

    private List<String> audited(String accountId, String action) {
        List<String> summaries = new ArrayList<>();
        api().get("/api/v1/audit?entityType=ACCOUNT&entityId=" + accountId + "&size=200", api().token("city-reviewer"))
                .json().path("items").forEach(i -> {
                    if (action.equals(i.path("action").asString())) {
                        summaries.add(i.path("summary").asString(i.path("action").asString()));
                    }
                });
        return summaries;
    }

    @Test
    void theSixthWrongCurrentPasswordAnswers423AndTheRightOneIsRefusedWhileLocked() {
        Institution district = usage().district();
        String wrong = Api.json(Map.of("currentPassword", "Guess-Passw0rd!1", "newPassword", "Another-Passw0rd!2026"));
        for (int i = 1; i <= 5; i++) {
            Api.Response r = expect(api().post("/api/v1/auth/password", district.token(), wrong), 400);
            assertThat(r.json().path("errors").get(0).path("code").asString()).as("try " + i).isEqualTo("WRONG_PASSWORD");
        }
        Api.Response sixth = expect(api().post("/api/v1/auth/password", district.token(), wrong), 423);
        assertThat(sixth.header("Content-Type")).startsWith("application/problem+json");
        expect(api().post("/api/v1/auth/password", district.token(), Api.json(Map.of(
                "currentPassword", UsageFixtures.PASSWORD, "newPassword", "Another-Passw0rd!2026"))), 423);
        // the same lock as the login's
        expect(api().post("/api/v1/auth/login", null, Api.json(Map.of("username", district.username(),
                "password", UsageFixtures.PASSWORD))), 423);
        assertThat(audited(accountId(district.username()), "LOGIN_FAILED")).hasSizeGreaterThanOrEqualTo(5);
        assertThat(audited(accountId(district.username()), "ACCOUNT_LOCKED")).hasSize(1);
    }

    @Test
    void wrongSecondFactorCodesOnItsRemovalCountTowardsTheLockout() {
        Institution district = usage().district();
        TotpCodes.startOfAStep(clock);
        String secret = expect(api().post("/api/v1/auth/second-factor", district.token()), 200).text("secret");
        expect(api().post("/api/v1/auth/second-factor/confirmation", district.token(),
                Api.json(Map.of("code", TotpCodes.at(secret, clock.instant())))), 204);
        String current = TotpCodes.at(secret, clock.instant().plusSeconds(30));
        String wrong = "000000".equals(current) ? "111111" : "000000";
        for (int i = 1; i <= 5; i++) {
            expect(api().post("/api/v1/auth/second-factor/removal", district.token(), Api.json(Map.of("code", wrong))), 400);
        }
        expect(api().post("/api/v1/auth/second-factor/removal", district.token(), Api.json(Map.of("code", current))), 423);
        assertThat(audited(accountId(district.username()), "LOGIN_FAILED")).hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void aWrongCurrentPasswordOnThePageCountsToo() {
        Institution district = usage().district();
        cn.eduapp.registry.support.PageSession page = new cn.eduapp.registry.support.PageSession(api().base());
        page.login(district.username(), UsageFixtures.PASSWORD);
        for (int i = 1; i <= 5; i++) {
            String csrf = cn.eduapp.registry.support.PageSession.csrfOf(page.get("/account/password").body());
            assertThat(page.postForm("/account/password", Map.of("_csrf", csrf, "currentPassword", "Guess-Passw0rd!1",
                    "newPassword", "Another-Passw0rd!2026")).body()).contains("当前密码不正确");
        }
        String csrf = cn.eduapp.registry.support.PageSession.csrfOf(page.get("/account/password").body());
        var locked = page.postForm("/account/password", Map.of("_csrf", csrf, "currentPassword", UsageFixtures.PASSWORD,
                "newPassword", "Another-Passw0rd!2026"));
        assertThat(locked.statusCode()).isEqualTo(423);
        assertThat(locked.body()).contains("锁定");
    }

    @Test
    void oneAccountCannotHammerTheApiButOthersAreUnaffected() {
        Institution district = usage().district();
        Institution other = usage().district();
        limiter.setLimit(RateLimiter.Kind.ACCOUNT, 5, Duration.ofMinutes(1));
        try {
            for (int i = 1; i <= 5; i++) {
                expect(api().get("/api/v1/auth/me", district.token()), 200);
            }
            Api.Response limited = expect(api().get("/api/v1/auth/me", district.token()), 429);
            assertThat(Long.parseLong(limited.header("Retry-After"))).isBetween(1L, 60L);
            expect(api().get("/api/v1/auth/me", district.token()), 429);
            expect(api().get("/api/v1/auth/me", other.token()), 200);
            List<String> entries = audited(accountId(district.username()), "RATE_LIMITED");
            assertThat(entries).as("one entry per account and window, not per request").hasSize(1);
        } finally {
            limiter.setLimit(RateLimiter.Kind.ACCOUNT, 1_000_000, Duration.ofMinutes(1));
        }
    }
}
