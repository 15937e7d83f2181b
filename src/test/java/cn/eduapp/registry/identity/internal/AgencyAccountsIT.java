package cn.eduapp.registry.identity.internal;

import static cn.eduapp.registry.support.Fixtures.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.eduapp.registry.support.Api;
import cn.eduapp.registry.support.IntegrationTest;
import cn.eduapp.registry.support.PageSession;
import cn.eduapp.registry.support.TotpCodes;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The agencies' staff accounts: created by the city (the first one of a deployment by the bootstrap
 * settings), each in the agency of its role, with a first password to change at the first login;
 * disabled with their tokens; a lost second factor reset. Audited; only the city may.
 */
class AgencyAccountsIT extends IntegrationTest {

    private static final String PASSWORD = "Agency-Passw0rd!2";
    private static final String MOE_ORGANISATION = "42c9bd92-5702-331c-9fbe-a33698cd7e8a";
    private static final String CITY_ORGANISATION = "0b53cbe3-dc8a-3872-a9e7-dc0dab8b8329";

    @Autowired
    AgencyBootstrap bootstrap;

    private String city() {
        return api().token("city-reviewer");
    }

    private static String name(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private JsonNode create(String username, String role) {
        return expect(api().post("/api/v1/agency-accounts", city(),
                Api.json(Map.of("username", username, "password", PASSWORD, "role", role))), 201).json();
    }

    private String auditActor(String accountId, String action) {
        return jdbc.sql("select actor from audit_entry where entity_id = ? and action = ?").params(accountId, action)
                .query(String.class).single();
    }

    @Test
    void theCityCreatesAnAccountInTheAgencyOfItsRoleAndItsHolderChangesTheFirstPassword() {
        String username = name("moe");
        JsonNode created = create(username, "MOE_REVIEWER");
        assertThat(created.path("username").asString()).isEqualTo(username);
        assertThat(created.path("agency").asString()).isEqualTo("教育部教育移动互联网应用程序备案管理");
        assertThat(created.path("enabled").asBoolean()).isTrue();
        assertThat(created.path("secondFactor").asBoolean()).isFalse();
        assertThat(auditActor(created.path("id").asString(), "AGENCY_ACCOUNT_CREATED")).isEqualTo("city-reviewer");

        JsonNode login = expect(api().post("/api/v1/auth/login", null,
                Api.json(Map.of("username", username, "password", PASSWORD))), 200).json();
        assertThat(login.path("passwordChangeRequired").asBoolean()).isTrue();
        assertThat(login.path("organisationId").asString()).isEqualTo(MOE_ORGANISATION);
        assertThat(login.path("roles").get(0).asString()).isEqualTo("MOE_REVIEWER");

        // the list: search by part of the name, filter by agency; the demo agencies' accounts are there too
        JsonNode found = expect(api().get("/api/v1/agency-accounts?q=" + username.substring(0, 8), city()), 200).json();
        assertThat(found.path("items").findValuesAsString("username")).contains(username);
        assertThat(expect(api().get("/api/v1/agency-accounts?role=CA_OFFICER&size=200", city()), 200).json()
                .path("items").findValuesAsString("username")).contains("ca-officer").doesNotContain(username);
        JsonNode paged = expect(api().get("/api/v1/agency-accounts?size=1&page=0", city()), 200).json();
        assertThat(paged.path("items")).hasSize(1);
        assertThat(paged.path("total").asLong()).isGreaterThanOrEqualTo(5);
        assertThat(expect(api().get("/api/v1/agency-accounts?q=%25", city()), 200).json().path("total").asLong()).isZero();
    }

    @Test
    void everyProblemOfABadRequestIsSaidAtOnce() {
        JsonNode empty = expect(api().post("/api/v1/agency-accounts", city(), "{}"), 400).json();
        assertThat(empty.path("errors").findValuesAsString("field")).contains("username", "role", "password");
        JsonNode notAgency = expect(api().post("/api/v1/agency-accounts", city(), Api.json(Map.of(
                "username", name("x"), "password", PASSWORD, "role", "PROVIDER"))), 400).json();
        assertThat(notAgency.path("errors").findValuesAsString("field")).containsExactly("role");
        assertThat(notAgency.path("errors").get(0).path("message").asString()).contains("机关");
        expect(api().post("/api/v1/agency-accounts", city(), Api.json(Map.of(
                "username", name("x"), "password", PASSWORD, "role", "NOPE"))), 400);
        JsonNode weak = expect(api().post("/api/v1/agency-accounts", city(), Api.json(Map.of(
                "username", name("x"), "password", "short", "role", "CA_OFFICER"))), 400).json();
        assertThat(weak.path("errors").findValuesAsString("field")).containsOnly("password");
        expect(api().post("/api/v1/agency-accounts", city(), Api.json(Map.of(
                "username", "city-reviewer", "password", PASSWORD, "role", "CA_OFFICER"))), 409);
        expect(api().post("/api/v1/agency-accounts", api().token("moe-reviewer"), Api.json(Map.of(
                "username", name("x"), "password", PASSWORD, "role", "MOE_REVIEWER"))), 403);
    }

    @Test
    void aDisabledAccountLosesItsTokensAndTheCityCannotDisableItselfOrOtherKindsOfAccount() {
        String username = name("cac");
        String id = create(username, "CAC_OFFICER").path("id").asString();
        String token = api().login(username, PASSWORD);
        expect(api().get("/api/v1/auth/me", token), 200);

        expect(api().post("/api/v1/agency-accounts/" + id + "/disable", city()), 204);
        expect(api().get("/api/v1/auth/me", token), 401);
        expect(api().post("/api/v1/auth/login", null, Api.json(Map.of("username", username, "password", PASSWORD))), 401);
        assertThat(auditActor(id, "ACCOUNT_DISABLED")).isEqualTo("city-reviewer");
        expect(api().post("/api/v1/agency-accounts/" + id + "/disable", city()), 409);

        String cityId = jdbc.sql("select id::text from account where username = 'city-reviewer'").query(String.class).single();
        expect(api().post("/api/v1/agency-accounts/" + cityId + "/disable", city()), 409);
        String providerAccount = jdbc.sql("select a.id::text from account a join organisation o on o.id = a.organisation_id "
                + "where o.kind = 'PROVIDER' limit 1").query(String.class).optional()
                .orElseGet(() -> {
                    fixtures().beijingCompany();
                    return jdbc.sql("select a.id::text from account a join organisation o on o.id = a.organisation_id "
                            + "where o.kind = 'PROVIDER' limit 1").query(String.class).single();
                });
        expect(api().post("/api/v1/agency-accounts/" + providerAccount + "/disable", city()), 404);
        expect(api().post("/api/v1/agency-accounts/" + UUID.randomUUID() + "/disable", city()), 404);
        expect(api().post("/api/v1/agency-accounts/not-an-id/disable", city()), 404);
    }

    @Test
    void theCityResetsALostSecondFactor() {
        String username = name("ca");
        String id = create(username, "CA_OFFICER").path("id").asString();
        String token = api().login(username, PASSWORD);
        // the first password is changed before anything else (issue 16)
        expect(api().post("/api/v1/auth/password", token, Api.json(Map.of("currentPassword", PASSWORD,
                "newPassword", "Changed-Passw0rd!2026"))), 204);
        TotpCodes.startOfAStep(clock);
        String secret = expect(api().post("/api/v1/auth/second-factor", token), 200).text("secret");
        expect(api().post("/api/v1/auth/second-factor/confirmation", token,
                Api.json(Map.of("code", TotpCodes.at(secret, clock.instant())))), 204);
        Map<String, Object> passwordOnly = Map.of("username", username, "password", "Changed-Passw0rd!2026");
        expect(api().post("/api/v1/auth/login", null, Api.json(passwordOnly)), 401);
        assertThat(expect(api().get("/api/v1/agency-accounts?q=" + username, city()), 200).json()
                .path("items").get(0).path("secondFactor").asBoolean()).isTrue();

        expect(api().post("/api/v1/agency-accounts/" + id + "/second-factor-reset", city()), 204);
        expect(api().post("/api/v1/auth/login", null, Api.json(passwordOnly)), 200);
        expect(api().post("/api/v1/agency-accounts/" + id + "/second-factor-reset", city()), 409);
        assertThat(auditActor(id, "SECOND_FACTOR_RESET")).isEqualTo("city-reviewer");
    }

    @Test
    void theFirstCityAccountOfADeploymentComesFromTheBootstrapSettings() {
        String username = name("first-city");
        assertThat(bootstrap.createFirstCityAccount(username, "Bootstrap-Passw0rd!")).isTrue();
        assertThat(bootstrap.createFirstCityAccount(username, "Bootstrap-Passw0rd!")).as("every later start").isFalse();
        JsonNode login = expect(api().post("/api/v1/auth/login", null,
                Api.json(Map.of("username", username, "password", "Bootstrap-Passw0rd!"))), 200).json();
        assertThat(login.path("passwordChangeRequired").asBoolean()).isTrue();
        assertThat(login.path("roles").get(0).asString()).isEqualTo("CITY_REVIEWER");
        assertThat(login.path("organisationId").asString()).isEqualTo(CITY_ORGANISATION);
        String id = jdbc.sql("select id::text from account where username = ?").param(username).query(String.class).single();
        assertThat(auditActor(id, "AGENCY_ACCOUNT_CREATED")).isEqualTo("system");
        assertThatThrownBy(() -> bootstrap.createFirstCityAccount(name("weak"), "password"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("password");
    }

    @Test
    void theCitysPageListsCreatesAndDisablesWithConfirmation() {
        PageSession page = new PageSession(api().base());
        page.login("city-reviewer", Api.DEMO_PASSWORD);
        String list = page.get("/agency-accounts").body();
        assertThat(list).contains("机关账号", "ca-officer", "北京市通信管理局", "href=\"/agency-accounts\"");
        assertThat(list).contains("<option value=\"CA_OFFICER\">北京市通信管理局</option>",
                "<option value=\"MOE_REVIEWER\">教育部教育移动互联网应用程序备案管理</option>");

        String weak = page.postForm("/agency-accounts", Map.of("_csrf", PageSession.csrfOf(list), "username", name("p"),
                "password", "short", "role", "CA_OFFICER")).body();
        assertThat(weak).contains("密码至少");
        String taken = page.postForm("/agency-accounts", Map.of("_csrf", PageSession.csrfOf(list), "username", "moe-reviewer",
                "password", PASSWORD, "role", "CA_OFFICER")).body();
        assertThat(taken).contains("moe-reviewer 已被使用");

        String username = name("pg");
        HttpResponse<String> created = page.postForm("/agency-accounts", Map.of("_csrf", PageSession.csrfOf(list),
                "username", username, "password", PASSWORD, "role", "CAC_OFFICER"));
        assertThat(created.statusCode()).isEqualTo(302);
        String shown = page.get(created.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "")).body();
        assertThat(shown).contains("账号已创建", username, "正常", "data-confirm=\"确定停用账号 " + username);
        String id = jdbc.sql("select id::text from account where username = ?").param(username).query(String.class).single();
        assertThat(page.postForm("/agency-accounts/" + id + "/disable", Map.of("_csrf", PageSession.csrfOf(shown)))
                .statusCode()).isEqualTo(302);
        assertThat(page.get("/agency-accounts?q=" + username).body()).contains("账号已停用", "已停用");

        PageSession moe = new PageSession(api().base());
        moe.login("moe-reviewer", Api.DEMO_PASSWORD);
        assertThat(moe.get("/agency-accounts").statusCode()).isEqualTo(403);
    }
}
