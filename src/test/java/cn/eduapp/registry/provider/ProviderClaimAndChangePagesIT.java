package cn.eduapp.registry.provider;

import static cn.eduapp.registry.support.Fixtures.expect;
import static org.assertj.core.api.Assertions.assertThat;

import cn.eduapp.registry.support.Api;
import cn.eduapp.registry.support.Fixtures;
import cn.eduapp.registry.support.IntegrationTest;
import cn.eduapp.registry.support.PageSession;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Issue 21's pages: the city issues a claim code (shown once), the organisation claims on the public page; changes. */
class ProviderClaimAndChangePagesIT extends IntegrationTest {

    private static final Pattern CODE = Pattern.compile("认领码（只显示这一次，请妥善线下交付）：([2-9A-Z]{12})");

    @Test
    void theCityIssuesACodeOnItsPageAndTheOrganisationClaimsOnThePublicPage() {
        ImportedProviders.Imported p = ImportedProviders.importOne(api(), jdbc);
        PageSession city = new PageSession(api().base());
        city.login("city-reviewer", Api.DEMO_PASSWORD);
        String page = city.get("/providers/" + p.providerId() + "/claim-code").body();
        assertThat(page).contains("尚未签发认领码", "data-confirm");
        String issued = city.postForm("/providers/" + p.providerId() + "/claim-code",
                Map.of("_csrf", PageSession.csrfOf(page))).body();
        Matcher m = CODE.matcher(issued);
        assertThat(m.find()).as(issued).isTrue();
        assertThat(city.get("/providers/" + p.providerId() + "/claim-code").body()).doesNotContain(m.group(1));

        PageSession visitor = new PageSession(api().base());
        String form = visitor.get("/claim").body();
        String username = "pc-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> fields = Map.of("_csrf", PageSession.csrfOf(form), "creditCode", p.creditCode(),
                "claimCode", "WRONGWRONG22", "contactName", "王五", "contactPhone", "13900000000", "contactEmail", "",
                "username", username, "password", Fixtures.PASSWORD);
        HttpResponse<String> wrong = visitor.postForm("/claim", fields);
        assertThat(wrong.statusCode()).isEqualTo(200);
        assertThat(wrong.body()).contains("认领码不正确、已过期或已使用");
        Map<String, String> right = new java.util.HashMap<>(fields);
        right.put("_csrf", PageSession.csrfOf(wrong.body()));
        right.put("claimCode", m.group(1));
        HttpResponse<String> done = visitor.postForm("/claim", right);
        assertThat(done.statusCode()).as(done.body()).isEqualTo(302);
        assertThat(api().login(username, Fixtures.PASSWORD)).isNotBlank();
    }

    @Test
    void theProviderAsksForAChangeOnItsPageAndTheCityApprovesItFromTheQueue() {
        Fixtures.Provider p = fixtures().beijingCompany();
        PageSession own = new PageSession(api().base());
        own.login(p.username(), Fixtures.PASSWORD);
        assertThat(own.get("/provider/profile").body()).contains("/provider/changes");
        String page = own.get("/provider/changes").body();
        String newName = "北京页面改名科技" + UUID.randomUUID().toString().substring(0, 6);
        assertThat(own.postForm("/provider/changes", Map.of("_csrf", PageSession.csrfOf(page), "name", newName,
                "reason", "更名")).statusCode()).isEqualTo(302);
        assertThat(own.get("/provider/changes").body()).contains(newName, "待审核");
        String closure = own.get("/provider/closure").body();
        assertThat(closure).contains("data-confirm", "不可撤回");

        PageSession city = new PageSession(api().base());
        city.login("city-reviewer", Api.DEMO_PASSWORD);
        String queue = city.get("/provider-change-requests").body();
        assertThat(queue).contains(newName);
        String id = api().get("/api/v1/providers/" + p.id() + "/change-requests", p.token()).json()
                .path("items").get(0).path("id").asString();
        HttpResponse<String> decided = city.postForm("/providers/" + p.id() + "/change-requests/" + id + "/decision",
                Map.of("_csrf", PageSession.csrfOf(queue), "approve", "true", "comment", "同意"));
        assertThat(decided.statusCode()).isEqualTo(302);
        assertThat(expect(api().get("/api/v1/providers/" + p.id(), p.token()), 200).text("name")).isEqualTo(newName);
    }
}
