package cn.eduapp.registry.security;

import static cn.eduapp.registry.support.Fixtures.expect;
import static org.assertj.core.api.Assertions.assertThat;

import cn.eduapp.registry.support.Api;
import cn.eduapp.registry.support.Fixtures;
import cn.eduapp.registry.support.IntegrationTest;
import cn.eduapp.registry.support.PageSession;
import cn.eduapp.registry.support.UsageFixtures;
import cn.eduapp.registry.support.UsageFixtures.Institution;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, first password first: an account whose password someone else set (a district for its school,
 * the city for a district or an agency) may do nothing but change it or sign out, on pages and the API; an
 * account whose holder chose the password (a provider registering itself) is not held up.
 */
class FirstPasswordIT extends IntegrationTest {

    private static final String CHOSEN = "Chosen-Passw0rd!2026";

    private UsageFixtures usage() {
        return new UsageFixtures(api());
    }

    private static void sentToPasswordPage(HttpResponse<String> r) {
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location").orElseThrow()).endsWith("/account/password?first");
    }

    @Test
    void aSchoolAccountADistrictCreatedIsRefusedUntilItsHolderChangesThePasswordThenWorks() {
        Institution district = usage().district();
        Institution school = usage().school(district);
        String username = "first-" + UsageFixtures.suffix();
        expect(api().post("/api/v1/institutions/" + school.id() + "/accounts", district.token(), Api.json(Map.of(
                "username", username, "password", UsageFixtures.FIRST_PASSWORD, "role", "SCHOOL_ADMIN"))), 201);

        // the API: signing in works, everything but the password change, sign-out and me is 403
        String token = api().login(username, UsageFixtures.FIRST_PASSWORD);
        Api.Response refused = expect(api().get("/api/v1/usage-filings", token), 403);
        assertThat(refused.json().path("errors").get(0).path("code").asString()).isEqualTo("PASSWORD_CHANGE_REQUIRED");
        expect(api().post("/api/v1/usage-filings", token, Api.json(UsageFixtures.useOf("京ICP备00000000号-1A"))), 403);
        expect(api().get("/api/v1/notifications", token), 403);
        assertThat(expect(api().get("/api/v1/auth/me", token), 200).json().path("passwordChangeRequired").asBoolean())
                .isTrue();

        // the pages: the login goes to the password page, and so does every other page
        PageSession page = new PageSession(api().base());
        sentToPasswordPage(page.login(username, UsageFixtures.FIRST_PASSWORD));
        sentToPasswordPage(page.get("/home"));
        sentToPasswordPage(page.get("/usage"));
        sentToPasswordPage(page.get("/notifications"));
        String form = page.get("/account/password?first").body();
        assertThat(form).contains("初始密码");

        // the holder sets a password of its own on the page: then pages and its API token work
        HttpResponse<String> changed = page.postForm("/account/password", Map.of("_csrf", PageSession.csrfOf(form),
                "currentPassword", UsageFixtures.FIRST_PASSWORD, "newPassword", CHOSEN));
        assertThat(changed.statusCode()).isEqualTo(302);
        assertThat(changed.headers().firstValue("Location").orElseThrow()).endsWith("/home");
        assertThat(page.get("/home").statusCode()).isEqualTo(200);
        assertThat(page.get("/usage").statusCode()).isEqualTo(200);
        String fresh = api().login(username, CHOSEN);
        expect(api().get("/api/v1/usage-filings", fresh), 200);
        assertThat(expect(api().get("/api/v1/auth/me", fresh), 200).json().path("passwordChangeRequired").asBoolean())
                .isFalse();
    }

    @Test
    void aDistrictAccountTheCityCreatedChangesItsFirstPasswordThroughTheApi() {
        String districtId = expect(api().post("/api/v1/institutions", api().token("city-reviewer"), Api.json(Map.of(
                "name", "测试" + UsageFixtures.suffix() + "区教育委员会", "kind", "DISTRICT", "districtCode", "110105"))), 201)
                .text("id");
        String username = "first-" + UsageFixtures.suffix();
        expect(api().post("/api/v1/institutions/" + districtId + "/accounts", api().token("city-reviewer"), Api.json(Map.of(
                "username", username, "password", UsageFixtures.FIRST_PASSWORD, "role", "DISTRICT_ADMIN"))), 201);
        String token = api().login(username, UsageFixtures.FIRST_PASSWORD);
        expect(api().get("/api/v1/institutions", token), 403);

        expect(api().post("/api/v1/auth/password", token, Api.json(Map.of("currentPassword", UsageFixtures.FIRST_PASSWORD,
                "newPassword", CHOSEN))), 204);
        expect(api().get("/api/v1/institutions", token), 200);
    }

    @Test
    void aProviderThatRegisteredItselfChoseItsPasswordAndIsNotHeldUp() {
        Fixtures.Provider provider = new Fixtures(api()).beijingCompany();
        expect(api().get("/api/v1/filings", provider.token()), 200);
        assertThat(expect(api().get("/api/v1/auth/me", provider.token()), 200).json().path("passwordChangeRequired")
                .asBoolean()).isFalse();

        PageSession page = new PageSession(api().base());
        HttpResponse<String> login = page.login(provider.username(), Fixtures.PASSWORD);
        assertThat(login.headers().firstValue("Location").orElseThrow()).endsWith("/home");
        assertThat(page.get("/home").statusCode()).isEqualTo(200);
        assertThat(page.get("/filings").statusCode()).isEqualTo(200);
    }
}
