package cn.eduapp.registry.provider;

import static org.assertj.core.api.Assertions.assertThat;

import cn.eduapp.registry.support.Api;
import cn.eduapp.registry.support.Fixtures;
import cn.eduapp.registry.support.IntegrationTest;
import cn.eduapp.registry.support.Multipart;
import cn.eduapp.registry.support.PageSession;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 21 point 3's pages: the public dispute form and tracking page; the city's queue, detail and decision. */
class ProviderDisputePagesIT extends IntegrationTest {

    private static final Pattern CODE = Pattern.compile("认领码（只显示这一次，请通过线下渠道交给争议方）：([2-9A-Z]{12})");

    @Autowired
    cn.eduapp.registry.system.security.RateLimitFilter rateLimit;

    @BeforeEach
    void freshBudget() {
        rateLimit.reset();
    }

    @Test
    void theOrganisationDisputesOnThePublicPageAndTheCityUpholdsItOnItsPage() {
        Fixtures.Provider holder = fixtures().beijingCompany();
        PageSession visitor = new PageSession(api().base());
        assertThat(visitor.get("/register").body()).contains("/disputes/new");
        String form = visitor.get("/disputes/new").body();
        assertThat(form).contains("单位身份争议", "multipart/form-data");

        Map<String, String> fields = new HashMap<>(ProviderDisputeIT.fields(holder.creditCode()));
        fields.put("_csrf", PageSession.csrfOf(form));
        HttpResponse<String> wrong = visitor.postMultipart("/disputes/new", Multipart.of(fields, List.of(
                new Multipart.File("registrationCertificate", "执照.exe", ProviderVerificationIT.EXE),
                new Multipart.File("authorisationLetter", "委托书.pdf", Fixtures.PDF))));
        assertThat(wrong.statusCode()).isEqualTo(200);
        assertThat(wrong.body()).contains("执照.exe", "北京真正的教育科技有限公司");

        fields.put("_csrf", PageSession.csrfOf(wrong.body()));
        HttpResponse<String> filed = visitor.postMultipart("/disputes/new", Multipart.of(fields, List.of(
                new Multipart.File("registrationCertificate", "执照.pdf", Fixtures.PDF),
                new Multipart.File("authorisationLetter", "委托书.pdf", Fixtures.PDF))));
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(302);
        String location = filed.headers().firstValue("Location").orElseThrow();
        location = location.substring(location.indexOf("/disputes/track"));
        String tracking = location.substring(location.indexOf("number=") + 7);
        assertThat(visitor.get(location).body()).contains("争议已提交，受理编号：" + tracking, "待审核");
        assertThat(visitor.get("/disputes/track?number=ZYUNKNOWN").body()).contains("未找到该受理编号");

        PageSession city = new PageSession(api().base());
        city.login("city-reviewer", Api.DEMO_PASSWORD);
        String queue = city.get("/provider-disputes?q=" + holder.creditCode()).body();
        assertThat(queue).contains("北京真正的教育科技有限公司", holder.name(), "/provider-disputes");
        String id = jdbc.sql("select id::text from provider_dispute where tracking_number = ?").param(tracking)
                .query(String.class).single();
        String detail = city.get("/provider-disputes/" + id).body();
        assertThat(detail).contains(holder.username(), "data-confirm", "不可撤回", "/documents/", "营业执照或登记证书");
        HttpResponse<String> upheld = city.postForm("/provider-disputes/" + id + "/decision",
                Map.of("_csrf", PageSession.csrfOf(detail), "uphold", "true", "comment", "执照与代码一致"));
        assertThat(upheld.statusCode()).isEqualTo(200);
        Matcher m = CODE.matcher(upheld.body());
        assertThat(m.find()).as(upheld.body()).isTrue();
        assertThat(city.get("/provider-disputes/" + id).body()).doesNotContain(m.group(1)).contains("执照与代码一致");
        assertThat(visitor.get("/disputes/track?number=" + tracking).body()).contains("争议成立", "执照与代码一致");

        // a provider does not reach the city's pages
        PageSession own = new PageSession(api().base());
        own.login(fixtures().beijingCompany().username(), Fixtures.PASSWORD);
        assertThat(own.get("/provider-disputes/" + id).statusCode()).isEqualTo(403);
    }
}
