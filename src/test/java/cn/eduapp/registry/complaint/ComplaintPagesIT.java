package cn.eduapp.registry.complaint;

import static cn.eduapp.registry.support.Fixtures.expect;
import static org.assertj.core.api.Assertions.assertThat;

import cn.eduapp.registry.complaint.internal.web.PageIntakeLimiter;
import cn.eduapp.registry.support.Api;
import cn.eduapp.registry.support.Fixtures;
import cn.eduapp.registry.support.IntegrationTest;
import cn.eduapp.registry.system.security.RateLimitFilter;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ComplaintPagesIT extends IntegrationTest {

    private static final Pattern TRACKING = Pattern.compile("class=\"tracking-number\">(TS\\d{8}-[0-9A-Z]{6})<");
    private static final Pattern CODE = Pattern.compile("class=\"access-code\">([0-9A-Z]{12})<");

    @Autowired
    RateLimitFilter rateLimit;

    @Autowired
    PageIntakeLimiter pageLimit;

    @BeforeEach
    void setUp() {
        rateLimit.reset();
        pageLimit.reset();
    }

    private PageSession session() {
        return new PageSession(api().base());
    }

    @Test
    void theIntakePageTakesAComplaintWithEvidenceAndTheTrackPageShowsItsProgress() {
        PageSession s = session();
        PageSession.Page form = s.get("/public/complaints/new");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("投诉举报", "enctype=\"multipart/form-data\"", "name=\"evidence\"",
                "<label for=\"description\"");
        String app = ComplaintFixtures.uniqueApp();
        PageSession.Page done = s.postMultipart("/public/complaints/new", Map.of("category", "GAME_LINKS",
                        "appName", app, "description", "页面里有游戏链接", "contactPhone", "13700001234"),
                List.of(new ComplaintFixtures.Part("evidence", "截图.png", ComplaintFixtures.PNG)));
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        assertThat(done.uri()).endsWith("/public/complaints/new"); // the receipt is shown once, not stored
        Matcher t = TRACKING.matcher(done.body());
        Matcher c = CODE.matcher(done.body());
        assertThat(t.find()).as(done.body()).isTrue();
        assertThat(c.find()).isTrue();

        s.get("/public/complaints/track");
        PageSession.Page tracked = s.post("/public/complaints/track",
                Map.of("trackingNumber", t.group(1), "accessCode", c.group(1)));
        assertThat(tracked.status()).isEqualTo(200);
        assertThat(tracked.body()).contains(t.group(1), "已提交", "含有游戏链接").doesNotContain("13700001234");
        PageSession.Page wrong = s.post("/public/complaints/track",
                Map.of("trackingNumber", t.group(1), "accessCode", "AAAAAAAAAAAA"));
        assertThat(wrong.status()).isEqualTo(404);
        assertThat(wrong.body()).contains("投诉举报编号或查询码不正确");
    }

    @Test
    void theIntakePageRefusesARenamedExecutableWithAChineseMessageNextToTheField() {
        PageSession s = session();
        s.get("/public/complaints/new");
        PageSession.Page refused = s.postMultipart("/public/complaints/new", Map.of("category", "OTHER",
                        "appName", "某应用", "description", "见附件"),
                List.of(new ComplaintFixtures.Part("evidence", "photo.png", ComplaintFixtures.EXE)));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("photo.png", "不是 JPEG、PNG 图片或 PDF 文件");
        PageSession.Page missing = s.postMultipart("/public/complaints/new", Map.of("category", "OTHER",
                "appName", "某应用"), List.of());
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).contains("请填写投诉举报内容");
    }

    @Test
    void theHandlingAgencySeesContactDetailsOnTheDetailPageAndTheViewIsRecorded() {
        Map<String, Object> body = ComplaintFixtures.body("FEES", ComplaintFixtures.uniqueApp());
        body.put("contact", Map.of("name", "孙八", "phone", "13655556666"));
        Api.Response r = expect(api().post("/api/v1/public/complaints", null, Api.json(body)), 201);
        String id = new ComplaintFixtures(api()).idInQueue("city-reviewer", r.text("trackingNumber"));

        PageSession city = session().login("city-reviewer", Api.DEMO_PASSWORD);
        PageSession.Page queue = city.get("/complaints?category=FEES");
        assertThat(queue.status()).isEqualTo(200);
        assertThat(queue.body()).contains(r.text("trackingNumber")).doesNotContain("13655556666");
        PageSession.Page found = city.get("/complaints?q=" + r.text("trackingNumber"));
        assertThat(found.body()).contains(r.text("trackingNumber"), "value=\"" + r.text("trackingNumber") + "\"",
                "<label for=\"q\"");
        assertThat(city.get("/complaints?q=" + java.net.URLEncoder.encode("无此应用" + r.text("trackingNumber"), java.nio.charset.StandardCharsets.UTF_8)).body()).doesNotContain(r.text("trackingNumber") + "</a>");
        PageSession.Page detail = city.get("/complaints/" + id);
        assertThat(detail.status()).isEqualTo(200);
        assertThat(detail.body()).contains("13655556666", "孙八", "审计日志");
        assertThat(jdbc.sql("select count(*) from complaint_contact_view where complaint_id = ?::uuid and channel = 'PAGE'")
                .param(id).query(Long.class).single()).isEqualTo(1L);

        PageSession ca = session().login("ca-officer", Api.DEMO_PASSWORD);
        assertThat(ca.get("/complaints/" + id).status()).isEqualTo(404);
        assertThat(ca.get("/complaints").body()).doesNotContain(r.text("trackingNumber"));
        assertThat(ca.get("/complaints/figures").status()).isEqualTo(403);

        PageSession.Page resolved = city.post("/complaints/" + id + "/resolve",
                Map.of("outcome", "UNSUBSTANTIATED", "feedback", "经查不属实。"));
        assertThat(resolved.status()).isEqualTo(200);
        assertThat(resolved.body()).contains("投诉已办结");
        PageSession.Page figures = city.get("/complaints/figures");
        assertThat(figures.status()).isEqualTo(200);
        assertThat(figures.body()).contains("按期办结率", "违规收费");
    }

    @Test
    void theIntakePageHasTheSameBudgetAsTheApiIntake() {
        PageSession s = session();
        s.get("/public/complaints/new");
        for (int i = 0; i < 10; i++) {
            assertThat(s.postMultipart("/public/complaints/new", Map.of("category", "OTHER", "appName", "某应用"), List.of())
                    .status()).isEqualTo(400);
        }
        PageSession.Page limited = s.postMultipart("/public/complaints/new",
                Map.of("category", "OTHER", "appName", "某应用", "description", "第十一次"), List.of());
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.body()).contains("提交过于频繁");
        pageLimit.reset();
    }

    @Test
    void theAppChooserOffersRegisteredAppsAndTheAgencyDownloadsEvidence() {
        Fixtures.Provider p = fixtures().beijingCompany();
        String filingId = fixtures().registered(p);
        String number = fixtures().filingNumber(filingId, p);
        String appName = api().get("/api/v1/filings/" + filingId, p.token()).json().path("app").path("name").asString();
        PageSession.Page options = session().get("/public/complaints/apps?q=" + java.net.URLEncoder.encode(appName,
                java.nio.charset.StandardCharsets.UTF_8));
        assertThat(options.status()).isEqualTo(200);
        assertThat(options.body()).contains(number, appName, "data-filing-number");

        Api.Response r = expect(new ComplaintFixtures(api()).multipart(Map.of("category", "ADVERTISING", "appName", appName,
                        "identifier", number, "description", "广告截图"),
                List.of(new ComplaintFixtures.Part("evidence", "ad.png", ComplaintFixtures.PNG))), 201);
        String id = new ComplaintFixtures(api()).idInQueue("city-reviewer", r.text("trackingNumber"));
        String evidenceId = api().get("/api/v1/complaints/" + id, api().token("city-reviewer")).json()
                .path("evidence").get(0).path("id").asString();
        PageSession city = session().login("city-reviewer", Api.DEMO_PASSWORD);
        PageSession.Page file = city.get("/complaints/" + id + "/evidence/" + evidenceId);
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.body()).startsWith("\uFFFDPNG");
        PageSession ca = session().login("ca-officer", Api.DEMO_PASSWORD);
        assertThat(ca.get("/complaints/" + id + "/evidence/" + evidenceId).status()).isEqualTo(404);
    }
}
