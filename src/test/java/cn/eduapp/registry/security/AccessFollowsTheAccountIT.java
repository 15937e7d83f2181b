package cn.eduapp.registry.security;

import static cn.eduapp.registry.support.Fixtures.expect;
import static org.assertj.core.api.Assertions.assertThat;

import cn.eduapp.registry.support.Api;
import cn.eduapp.registry.support.IntegrationTest;
import cn.eduapp.registry.support.PageSession;
import cn.eduapp.registry.support.TotpCodes;
import cn.eduapp.registry.support.UsageFixtures;
import cn.eduapp.registry.support.UsageFixtures.Institution;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, written as the attacks it stops: a session or a token taken before the owner (or the owner's
 * manager) acted on the account stops working at once, on pages and the API alike.
 */
class AccessFollowsTheAccountIT extends IntegrationTest {

    private UsageFixtures usage() {
        return new UsageFixtures(api());
    }

    private String accountId(String username) {
        return jdbc.sql("select id::text from account where username = ?").param(username).query(String.class).single();
    }

    private PageSession signedIn(String username, String password) {
        PageSession page = new PageSession(api().base());
        HttpResponse<String> login = page.login(username, password);
        assertThat(login.headers().firstValue("Location").orElseThrow()).endsWith("/home");
        assertThat(page.get("/home").statusCode()).isEqualTo(200);
        return page;
    }

    private static void sentToLogin(HttpResponse<String> r) {
        assertThat(r.statusCode()).isEqualTo(302);
        String location = r.headers().firstValue("Location").orElseThrow();
        assertThat(location).endsWith("/login");
        assertThat(location).doesNotStartWith("http");
    }

    @Test
    void aDisabledSchoolAccountsOldPageSessionIsSentToTheLoginPageAndCannotFileUse() {
        Institution district = usage().district();
        Institution school = usage().school(district);
        PageSession stolen = signedIn(school.username(), UsageFixtures.PASSWORD);
        assertThat(stolen.get("/usage/new").statusCode()).isEqualTo(200);
        String csrf = PageSession.csrfOf(stolen.get("/usage/new").body());

        expect(api().post("/api/v1/institutions/" + school.id() + "/accounts/" + accountId(school.username()) + "/disable",
                district.token()), 204);

        assertThat(jdbc.sql("select count(*) from spring_session where principal_name = ?").param(school.username())
                .query(Long.class).single()).isZero();
        sentToLogin(stolen.get("/usage"));
        HttpResponse<String> file = stolen.postForm("/usage/new", Map.of("_csrf", csrf, "filingNumber", "x"));
        assertThat(file.statusCode()).isIn(302, 403);
        assertThat(file.headers().firstValue("Location").orElse("/login")).endsWith("/login");
        expect(api().get("/api/v1/auth/me", school.token()), 401);
    }

    @Test
    void aDisabledAccountsSessionThatOutlivedItsRowStillGoesToTheLoginPage() {
        Institution district = usage().district();
        Institution school = usage().school(district);
        PageSession session = signedIn(school.username(), UsageFixtures.PASSWORD);
        // as if another instance had disabled it without reaching this session's row
        jdbc.sql("update account set enabled = false where username = ?").param(school.username()).update();
        sentToLogin(session.get("/home"));
        sentToLogin(session.get("/home"));
    }

    @Test
    void aStolenSecondTokenAndAnotherPageSessionStopWorkingWhenTheOwnerChangesThePassword() {
        Institution district = usage().district();
        Institution school = usage().school(district);
        String stolenToken = api().login(school.username(), UsageFixtures.PASSWORD);
        PageSession stolenSession = signedIn(school.username(), UsageFixtures.PASSWORD);

        expect(api().post("/api/v1/auth/password", school.token(), Api.json(Map.of(
                "currentPassword", UsageFixtures.PASSWORD, "newPassword", "Changed-Passw0rd!2026"))), 204);

        expect(api().get("/api/v1/auth/me", school.token()), 200);
        expect(api().get("/api/v1/auth/me", stolenToken), 401);
        sentToLogin(stolenSession.get("/home"));
    }

    @Test
    void aPasswordChangedOnThePageKeepsThatSessionAndEndsEveryToken() {
        Institution district = usage().district();
        Institution school = usage().school(district);
        PageSession owner = signedIn(school.username(), UsageFixtures.PASSWORD);
        PageSession other = signedIn(school.username(), UsageFixtures.PASSWORD);
        String csrf = PageSession.csrfOf(owner.get("/account/password").body());
        HttpResponse<String> changed = owner.postForm("/account/password", Map.of("_csrf", csrf,
                "currentPassword", UsageFixtures.PASSWORD, "newPassword", "Changed-Passw0rd!2026"));
        assertThat(changed.headers().firstValue("Location").orElseThrow()).endsWith("/home");

        assertThat(owner.get("/home").statusCode()).isEqualTo(200);
        sentToLogin(other.get("/home"));
        expect(api().get("/api/v1/auth/me", school.token()), 401);
    }

    @Test
    void aTokenIssuedBeforeTheSecondFactorWasTurnedOnStopsWorking() {
        Institution district = usage().district();
        String before = api().login(district.username(), UsageFixtures.PASSWORD);
        PageSession pageBefore = signedIn(district.username(), UsageFixtures.PASSWORD);
        TotpCodes.startOfAStep(clock);
        String secret = expect(api().post("/api/v1/auth/second-factor", district.token()), 200).text("secret");
        expect(api().post("/api/v1/auth/second-factor/confirmation", district.token(),
                Api.json(Map.of("code", TotpCodes.at(secret, clock.instant())))), 204);

        expect(api().get("/api/v1/auth/me", district.token()), 200);
        expect(api().get("/api/v1/auth/me", before), 401);
        sentToLogin(pageBefore.get("/home"));
    }

    @Test
    void resettingAnAccountsSecondFactorEndsItsSessionsAndTokens() {
        Institution district = usage().district();
        Institution school = usage().school(district);
        TotpCodes.startOfAStep(clock);
        String secret = expect(api().post("/api/v1/auth/second-factor", school.token()), 200).text("secret");
        expect(api().post("/api/v1/auth/second-factor/confirmation", school.token(),
                Api.json(Map.of("code", TotpCodes.at(secret, clock.instant())))), 204);

        expect(api().post("/api/v1/institutions/" + school.id() + "/accounts/" + accountId(school.username())
                + "/second-factor-reset", district.token()), 204);
        expect(api().get("/api/v1/auth/me", school.token()), 401);
    }

    @Test
    void disablingAnAgencyAccountEndsItsPageSessions() {
        String username = "agency-" + UsageFixtures.suffix();
        expect(api().post("/api/v1/agency-accounts", api().token("city-reviewer"), Api.json(Map.of("username", username,
                "password", "Agency-Passw0rd!2026", "role", "CA_OFFICER"))), 201);
        String token = api().login(username, "Agency-Passw0rd!2026");
        expect(api().post("/api/v1/auth/password", token, Api.json(Map.of("currentPassword", "Agency-Passw0rd!2026",
                "newPassword", "Agency-Changed!2026"))), 204);
        PageSession session = signedIn(username, "Agency-Changed!2026");

        expect(api().post("/api/v1/agency-accounts/" + accountId(username) + "/disable", api().token("city-reviewer")), 204);
        sentToLogin(session.get("/home"));
        expect(api().get("/api/v1/auth/me", token), 401);
    }
}
