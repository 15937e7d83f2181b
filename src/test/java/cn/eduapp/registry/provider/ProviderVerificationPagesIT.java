package cn.eduapp.registry.provider;

import static org.assertj.core.api.Assertions.assertThat;

import cn.eduapp.registry.support.Api;
import cn.eduapp.registry.support.CreditCodes;
import cn.eduapp.registry.support.Fixtures;
import cn.eduapp.registry.support.IntegrationTest;
import cn.eduapp.registry.support.Multipart;
import cn.eduapp.registry.support.PageSession;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * Issue 21, point 1 on the pages: registration takes both documents in one go (a refused one is said plainly and
 * uploaded again from the provider's page); the provider's page shows where its verification stands; the city's
 * 单位核验 queue, the documents beside the credit code, and the decision; the filing's submit says why it waits.
 */
class ProviderVerificationPagesIT extends IntegrationTest {

    private PageSession signedIn(String username, String password) {
        PageSession s = new PageSession(api().base());
        assertThat(s.login(username, password).statusCode()).isEqualTo(302);
        return s;
    }

    private String verification(String providerId) {
        return jdbc.sql("select verification from provider where id = ?::uuid").param(providerId).query(String.class).single();
    }

    private String providerIdOf(String creditCode) {
        return jdbc.sql("select id::text from provider where credit_code = ?").param(creditCode).query(String.class).single();
    }

    private record Registered(String id, String creditCode, String name, String username, HttpResponse<String> answer,
                              PageSession session) {
    }

    private Registered registerOnThePage(List<Multipart.File> files) {
        PageSession s = new PageSession(api().base());
        String csrf = PageSession.csrfOf(s.get("/register").body());
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String code = CreditCodes.generate("91", "110108");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("_csrf", csrf);
        fields.put("name", "北京页面注册教育" + suffix);
        fields.put("creditCode", code);
        fields.put("legalPersonType", "FOR_PROFIT");
        fields.put("contactName", "张联系");
        fields.put("contactPhone", "13800138000");
        fields.put("contactEmail", "contact-" + suffix + "@example.cn");
        fields.put("username", "pp-" + suffix);
        fields.put("password", Fixtures.PASSWORD);
        HttpResponse<String> r = s.postMultipart("/register", Multipart.of(fields, files));
        return new Registered(providerIdOf(code), code, fields.get("name"), fields.get("username"), r, s);
    }

    private static Multipart.File file(String field, String name, byte[] content) {
        return new Multipart.File(field, name, content);
    }

    private static HttpResponse<String> decide(PageSession city, String providerId, Map<String, String> fields) {
        String page = city.get("/providers/verification/" + providerId).body();
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put("_csrf", PageSession.csrfOf(page));
        return city.postForm("/providers/verification/" + providerId, form);
    }

    static byte[] png() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    @Test
    void registrationTakesBothDocumentsAndTheCityVerifiesOnItsPages() throws Exception {
        Registered p = registerOnThePage(List.of(file("certificate", "营业执照.png", png()),
                file("letter", "授权委托书.pdf", Fixtures.PDF)));
        assertThat(p.answer().statusCode()).isEqualTo(302);
        assertThat(p.answer().headers().firstValue("Location").orElseThrow()).endsWith("/login");
        assertThat(p.session().get("/login").body()).contains("核验材料已提交");
        assertThat(verification(p.id())).isEqualTo("PENDING");

        PageSession provider = signedIn(p.username(), Fixtures.PASSWORD);
        String own = provider.get("/provider/profile").body();
        assertThat(own).contains("单位核验", "待核验", "营业执照.png", "授权委托书.pdf").doesNotContain("name=\"file\"");

        PageSession city = signedIn("city-reviewer", Api.DEMO_PASSWORD);
        assertThat(city.get("/home").body()).contains("href=\"/providers/verification\"");
        String queue = city.get("/providers/verification?q=" + p.creditCode()).body();
        assertThat(queue).contains(p.name(), p.creditCode());
        assertThat(city.get("/providers/verification?q=" + UUID.randomUUID()).body()).doesNotContain(p.name())
                .contains("暂无待核验的单位");
        String detail = city.get("/providers/verification/" + p.id()).body();
        assertThat(detail).contains(p.creditCode(), p.name(), "张联系", "13800138000", "营业执照或登记证书", "授权委托书",
                "data-confirm", "核验不通过");
        // the image is shown beside the facts (the same audited attachment download); the PDF is a link only
        assertThat(detail).containsPattern("<img[^>]+src=\"/providers/" + p.id() + "/documents/[^\"]+/download\"")
                .contains("PDF、OFD 文件不在页面内打开");
        String link = detail.replaceAll("(?s).*href=\"(/providers/[^\"]+/documents/[^\"]+/download)\".*", "$1");
        HttpResponse<String> download = city.get(link);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment");

        // refusing needs a reason; approving lets the provider submit
        assertThat(decide(city, p.id(), Map.of("verified", "false")).statusCode()).isEqualTo(302);
        assertThat(city.get("/providers/verification/" + p.id()).body()).contains("核验不通过时请填写原因");
        assertThat(verification(p.id())).isEqualTo("PENDING");
        HttpResponse<String> approved = decide(city, p.id(), Map.of("verified", "true"));
        assertThat(approved.headers().firstValue("Location").orElseThrow()).endsWith("/providers/verification");
        assertThat(city.get("/providers/verification").body()).contains("已核验通过");
        assertThat(verification(p.id())).isEqualTo("VERIFIED");
        assertThat(provider.get("/provider/profile").body()).contains("已核验");
    }

    @Test
    void aRefusedUploadAtRegistrationIsSaidPlainlyAndUploadedAgainFromTheProvidersPage() {
        Registered p = registerOnThePage(List.of(file("certificate", "执照.pdf", ProviderVerificationIT.EXE),
                file("letter", "授权委托书.png", Fixtures.PDF)));
        assertThat(p.answer().statusCode()).isEqualTo(302);
        String login = p.session().get("/login").body();
        assertThat(login).contains("注册成功", "营业执照或登记证书：", "执照.pdf", "不是 PDF、OFD 文件或 JPEG、PNG 图片");
        assertThat(verification(p.id())).isEqualTo("UNVERIFIED");

        PageSession provider = signedIn(p.username(), Fixtures.PASSWORD);
        String page = provider.get("/provider/profile").body();
        assertThat(page).contains("待上传材料", "已收到：授权委托书", "enctype=\"multipart/form-data\"", "name=\"file\"");
        HttpResponse<String> wrong = provider.postMultipart("/provider/documents", Multipart.of(
                Map.of("_csrf", PageSession.csrfOf(page), "kind", "REGISTRATION_CERTIFICATE"),
                List.of(file("file", "执照.pdf", ProviderVerificationIT.EXE))));
        assertThat(wrong.statusCode()).isEqualTo(302);
        assertThat(provider.get("/provider/profile").body()).contains("执照.pdf", "按文件内容判断");
        HttpResponse<String> right = provider.postMultipart("/provider/documents", Multipart.of(
                Map.of("_csrf", PageSession.csrfOf(page), "kind", "REGISTRATION_CERTIFICATE"),
                List.of(file("file", "执照.pdf", Fixtures.PDF))));
        assertThat(right.headers().firstValue("Location").orElseThrow()).contains("/provider/profile");
        assertThat(provider.get("/provider/profile").body()).contains("材料已上传", "待核验");
        assertThat(verification(p.id())).isEqualTo("PENDING");
    }

    @Test
    void aRejectionShowsItsReasonAndTheProviderUploadsAgain() {
        Fixtures.Provider p = fixtures().registerUnverified("FOR_PROFIT", CreditCodes.generate("91", "110108"));
        fixtures().uploadDocuments(p);
        PageSession city = signedIn("city-reviewer", Api.DEMO_PASSWORD);
        decide(city, p.id(), Map.of("verified", "false", "comment", "授权委托书未加盖公章"));
        assertThat(verification(p.id())).isEqualTo("REJECTED");
        assertThat(city.get("/providers/verification/" + p.id()).body()).contains("该单位当前没有待核验的材料")
                .doesNotContain("name=\"verified\"");

        PageSession provider = signedIn(p.username(), Fixtures.PASSWORD);
        String page = provider.get("/provider/profile").body();
        assertThat(page).contains("未通过", "授权委托书未加盖公章", "重新上传", "name=\"file\"");
        for (String kind : List.of("REGISTRATION_CERTIFICATE", "AUTHORISATION_LETTER")) {
            provider.postMultipart("/provider/documents", Multipart.of(Map.of("_csrf", PageSession.csrfOf(page), "kind", kind),
                    List.of(file("file", kind + ".pdf", Fixtures.PDF))));
        }
        assertThat(verification(p.id())).isEqualTo("PENDING");
        assertThat(city.get("/providers/verification?q=" + p.name()).body()).contains(p.name());
    }

    @Test
    void theFilingPagesSayWhySubmittingWaitsForTheCitysCheck() {
        Fixtures.Provider p = fixtures().registerUnverified("FOR_PROFIT", CreditCodes.generate("91", "110108"));
        String filing = fixtures().createFiling(p, a -> { });
        PageSession provider = signedIn(p.username(), Fixtures.PASSWORD);
        String check = provider.get("/filings/" + filing + "/check").body();
        assertThat(check).contains("尚未通过市教委的单位核验", "href=\"/provider/profile#verification\"");
        HttpResponse<String> submit = provider.postForm("/filings/" + filing + "/submit", Map.of("_csrf", PageSession.csrfOf(check)));
        assertThat(submit.statusCode()).isEqualTo(302);
        assertThat(provider.get("/filings/" + filing).body()).contains("PROVIDER_NOT_VERIFIED", "尚未通过市教委的单位核验");

        fixtures().verified(p);
        assertThat(provider.get("/filings/" + filing + "/check").body()).doesNotContain("尚未通过市教委的单位核验");
    }

    @Test
    void anotherProvidersDocumentIsNotFoundOnThePagesAndTheRefusalIsAudited() {
        Fixtures.Provider p = fixtures().registerUnverified("FOR_PROFIT", CreditCodes.generate("91", "110108"));
        fixtures().uploadDocuments(p);
        String documentId = jdbc.sql("select id::text from provider_document where provider_id = ?::uuid limit 1")
                .param(p.id()).query(String.class).single();
        PageSession own = signedIn(p.username(), Fixtures.PASSWORD);
        assertThat(own.get("/provider/documents/" + documentId + "/download").statusCode()).isEqualTo(200);

        Fixtures.Provider other = fixtures().beijingCompany();
        PageSession stranger = signedIn(other.username(), Fixtures.PASSWORD);
        assertThat(stranger.get("/provider/documents/" + documentId + "/download").statusCode()).isEqualTo(404);
        assertThat(stranger.get("/providers/" + p.id() + "/documents/" + documentId + "/download").statusCode()).isEqualTo(403);
        assertThat(stranger.get("/providers/verification/" + p.id()).statusCode()).isEqualTo(403);
        List<String> refused = new ArrayList<>(jdbc.sql("select actor from audit_entry where action = 'PROVIDER_DOCUMENT_REFUSED'"
                + " and entity_id = ?").param(other.id()).query(String.class).list());
        assertThat(refused).contains(other.username());
    }
}
