package cn.eduapp.registry.provider;

import static cn.eduapp.registry.support.Fixtures.expect;
import static org.assertj.core.api.Assertions.assertThat;

import cn.eduapp.registry.support.Api;
import cn.eduapp.registry.support.Fixtures;
import cn.eduapp.registry.support.IntegrationTest;
import cn.eduapp.registry.support.PageSession;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Issue 18's glossary: a licence is 撤销, 吊销 or 注销, three values kept apart, never one word for all. */
class LicenceWithdrawalKindsIT extends IntegrationTest {

    @Test
    void theCityRecordsWhichOfTheThreeHappened() {
        Fixtures.Provider p = fixtures().beijingNonProfit();
        String city = api().token("city-reviewer");
        String rescinded = fixtures().addLicence(p, "SCHOOL_RUNNING_LICENCE", "1110108700001", "2024-01-01", "2030-12-31");
        String revoked = fixtures().addLicence(p, "ONLINE_SUBJECT_TRAINING_PERMIT", "京教线许2024001", "2024-01-01", "2030-12-31");
        String cancelled = fixtures().addLicence(p, "CIVIL_AFFAIRS_REGISTRATION", "京民证字第0001号", "2024-01-01", "2030-12-31");
        String base = "/api/v1/providers/" + p.id() + "/licences/";

        JsonNode a = expect(api().post(base + rescinded + "/revocation", city, Api.json(Map.of("reason", "许可条件不具备时取得"))), 200).json();
        JsonNode b = expect(api().post(base + revoked + "/revocation", city,
                Api.json(Map.of("reason", "违法开展培训", "kind", "REVOKED"))), 200).json();
        JsonNode c = expect(api().post(base + cancelled + "/revocation", city,
                Api.json(Map.of("reason", "机构终止", "kind", "CANCELLED"))), 200).json();
        assertThat(a.path("withdrawal").asString()).isEqualTo("RESCINDED");
        assertThat(b.path("withdrawal").asString()).isEqualTo("REVOKED");
        assertThat(c.path("withdrawal").asString()).isEqualTo("CANCELLED");
        assertThat(a.path("status").asString()).isEqualTo("WITHDRAWN");
        expect(api().post(base + revoked + "/revocation", city, Api.json(Map.of("reason", "再次", "kind", "CANCELLED"))), 409);
        expect(api().post(base + revoked + "/revocation", city, Api.json(Map.of("reason", "x", "kind", "LOST"))), 400);

        PageSession page = new PageSession(api().base());
        page.login(p.username(), Fixtures.PASSWORD);
        assertThat(page.get("/provider/profile").body()).contains("已撤销", "已吊销", "已注销");
    }
}
