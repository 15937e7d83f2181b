package cn.eduapp.registry.usage;

import static cn.eduapp.registry.support.Fixtures.expect;
import static org.assertj.core.api.Assertions.assertThat;

import cn.eduapp.registry.support.Api;
import cn.eduapp.registry.support.IntegrationTest;
import cn.eduapp.registry.support.UsageFixtures;
import cn.eduapp.registry.support.UsageFixtures.Institution;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InstitutionManagementIT extends IntegrationTest {

    private UsageFixtures usage() {
        return new UsageFixtures(api());
    }

    @Test
    void theCityBuildsTheTreeAndADistrictOnlyUnderItself() {
        String city = api().token("city-reviewer");
        Institution district = usage().district();
        Institution other = usage().district();
        // a district creates schools under itself, nothing else and nowhere else
        Api.Response school = expect(api().post("/api/v1/institutions", district.token(),
                Api.json(Map.of("name", "自建" + UsageFixtures.suffix() + "中学", "kind", "SCHOOL"))), 201);
        assertThat(school.text("districtId")).isEqualTo(district.id());
        assertThat(school.text("parentId")).isEqualTo(district.id());
        expect(api().post("/api/v1/institutions", district.token(),
                Api.json(Map.of("name", "越权" + UsageFixtures.suffix() + "小学", "kind", "SCHOOL", "parentId", other.id()))), 404);
        expect(api().post("/api/v1/institutions", district.token(),
                Api.json(Map.of("name", "越权" + UsageFixtures.suffix() + "区", "kind", "DISTRICT"))), 403);
        expect(api().post("/api/v1/institutions", api().token("school-haidian-1"),
                Api.json(Map.of("name", "学校建校", "kind", "SCHOOL"))), 403);
        // the city: schools need a district as parent; units sit directly under the city
        expect(api().post("/api/v1/institutions", city,
                Api.json(Map.of("name", "无上级" + UsageFixtures.suffix() + "小学", "kind", "SCHOOL"))), 400);
        Api.Response unit = expect(api().post("/api/v1/institutions", city,
                Api.json(Map.of("name", "北京市某" + UsageFixtures.suffix() + "直属学校", "kind", "DIRECT_UNIT"))), 201);
        Api.Response wrongParent = expect(api().post("/api/v1/institutions", city,
                Api.json(Map.of("name", "错上级" + UsageFixtures.suffix() + "小学", "kind", "SCHOOL", "parentId", unit.text("id")))), 422);
        assertThat(wrongParent.json().path("errors").get(0).path("code").asString()).isEqualTo("INVALID_PARENT");
        expect(api().post("/api/v1/institutions", city,
                Api.json(Map.of("name", "市建" + UsageFixtures.suffix() + "小学", "kind", "SCHOOL", "parentId", other.id()))), 201);
        // the same name twice under one parent is a conflict
        String name = "重名" + UsageFixtures.suffix() + "小学";
        expect(api().post("/api/v1/institutions", district.token(), Api.json(Map.of("name", name, "kind", "SCHOOL"))), 201);
        expect(api().post("/api/v1/institutions", district.token(), Api.json(Map.of("name", name, "kind", "SCHOOL"))), 409);
        expect(api().post("/api/v1/institutions", district.token(), Api.json(Map.of("kind", "SCHOOL"))), 400);

        // lists: a district sees itself and its schools; the city everything
        List<String> seen = new ArrayList<>();
        expect(api().get("/api/v1/institutions?size=200", district.token()), 200).json().path("items")
                .forEach(i -> seen.add(i.path("id").asString()));
        assertThat(seen).contains(district.id(), school.text("id")).doesNotContain(other.id(), unit.text("id"));
        expect(api().get("/api/v1/institutions/" + other.id(), district.token()), 404);
        expect(api().get("/api/v1/institutions/" + unit.text("id"), city), 200);
    }

    @Test
    void accountsAreCreatedOnlyBelowTheCallerAndFitTheInstitution() {
        Institution district = usage().district();
        Institution other = usage().district();
        Institution school = usage().school(district);
        Institution foreign = usage().school(other);
        String body = Api.json(Map.of("username", "acc-" + UsageFixtures.suffix(), "password", UsageFixtures.PASSWORD,
                "role", "SCHOOL_ADMIN"));
        expect(api().post("/api/v1/institutions/" + foreign.id() + "/accounts", district.token(), body), 404);
        expect(api().post("/api/v1/institutions/" + district.id() + "/accounts", district.token(), body), 403);
        expect(api().post("/api/v1/institutions/" + school.id() + "/accounts", school.token(), body), 403);
        Api.Response wrongRole = expect(api().post("/api/v1/institutions/" + school.id() + "/accounts", district.token(),
                Api.json(Map.of("username", "acc-" + UsageFixtures.suffix(), "password", UsageFixtures.PASSWORD,
                        "role", "CITY_REVIEWER"))), 422);
        assertThat(wrongRole.json().path("errors").get(0).path("code").asString()).isEqualTo("ROLE_NOT_FOR_INSTITUTION");
        Api.Response weak = expect(api().post("/api/v1/institutions/" + school.id() + "/accounts", district.token(),
                Api.json(Map.of("username", "acc-" + UsageFixtures.suffix(), "password", "short", "role", "SCHOOL_ADMIN"))), 400);
        assertThat(weak.json().path("errors").get(0).path("field").asString()).isEqualTo("password");
        expect(api().post("/api/v1/institutions/" + school.id() + "/accounts", district.token(),
                Api.json(Map.of("username", school.username(), "password", UsageFixtures.PASSWORD, "role", "SCHOOL_ADMIN"))), 409);
        Api.Response created = expect(api().post("/api/v1/institutions/" + school.id() + "/accounts", district.token(), body), 201);
        String username = created.text("username");
        Api.Response login = expect(api().post("/api/v1/auth/login", null,
                Api.json(Map.of("username", username, "password", UsageFixtures.PASSWORD))), 200);
        assertThat(login.text("organisationId")).isEqualTo(school.id());
        assertThat(login.json().path("roles").get(0).asString()).isEqualTo("SCHOOL_ADMIN");
        assertThat(expect(api().get("/api/v1/institutions/" + school.id() + "/accounts", district.token()), 200)
                .json().path("items").findValuesAsString("username")).contains(username, school.username());
    }

    @Test
    void aManagerDisablesAnAccountOfItsInstitutionAndItsTokensStopWorking() {
        Institution district = usage().district();
        Institution school = usage().school(district);
        String accountId = jdbc.sql("select id::text from account where username = ?").param(school.username())
                .query(String.class).single();
        String path = "/api/v1/institutions/" + school.id() + "/accounts/" + accountId + "/disable";
        expect(api().get("/api/v1/auth/me", school.token()), 200);

        expect(api().post(path, usage().district().token()), 404);
        expect(api().post(path, school.token()), 403);
        expect(api().post("/api/v1/institutions/" + school.id() + "/accounts/" + java.util.UUID.randomUUID() + "/disable",
                district.token()), 404);
        String districtAccount = jdbc.sql("select id::text from account where username = ?").param(district.username())
                .query(String.class).single();
        expect(api().post("/api/v1/institutions/" + district.id() + "/accounts/" + districtAccount + "/disable",
                district.token()), 403);

        // on the institution's page: a button that asks first
        cn.eduapp.registry.support.PageSession page = new cn.eduapp.registry.support.PageSession(api().base());
        page.login(district.username(), UsageFixtures.PASSWORD);
        String detail = page.get("/institutions/" + school.id()).body();
        assertThat(detail).contains("data-confirm=\"确定停用账号 " + school.username(), "/accounts/" + accountId + "/disable");

        expect(api().post(path, district.token()), 204);
        expect(api().get("/api/v1/auth/me", school.token()), 401);
        assertThat(page.get("/institutions/" + school.id()).body()).contains("已停用")
                .doesNotContain("/accounts/" + accountId + "/disable");
        expect(api().post("/api/v1/auth/login", null,
                Api.json(Map.of("username", school.username(), "password", UsageFixtures.PASSWORD))), 401);
        expect(api().post(path, district.token()), 409);
        assertThat(expect(api().get("/api/v1/institutions/" + school.id() + "/accounts", district.token()), 200).json()
                .path("items").get(0).path("enabled").asBoolean()).isFalse();
        assertThat(jdbc.sql("select actor from audit_entry where entity_id = ? and action = 'ACCOUNT_DISABLED'")
                .param(accountId).query(String.class).list()).containsExactly(district.username());

        // the city manages districts: it disables a district's account, but never its own
        String city = api().token("city-reviewer");
        expect(api().post("/api/v1/institutions/" + district.id() + "/accounts/" + districtAccount + "/disable", city), 204);
        expect(api().get("/api/v1/auth/me", district.token()), 401);
    }
}
