package cn.eduapp.registry.export;

import static org.assertj.core.api.Assertions.assertThat;

import cn.eduapp.registry.publication.SpreadsheetExportsIT;
import cn.eduapp.registry.support.Fixtures;
import cn.eduapp.registry.support.IntegrationTest;
import cn.eduapp.registry.support.PublicationFixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The staff lists as .xlsx: Chinese headers, the caller's own visibility, the JSON lists' roles. */
class ListSpreadsheetsIT extends IntegrationTest {

    @Test
    void theCitysFilingsSpreadsheetHoldsEveryFilingAndAProvidersOnlyItsOwn() throws Exception {
        PublicationFixtures pub = new PublicationFixtures(api());
        Fixtures.Provider p = pub.provider("导出科技" + PublicationFixtures.marker() + "有限公司");
        PublicationFixtures.App app = pub.registered(p, "导出课堂" + PublicationFixtures.marker());
        Fixtures.Provider other = fixtures().beijingCompany();

        List<List<String>> city = SpreadsheetExportsIT.sheet(api().bytes("/api/v1/filings.xlsx", api().token("city-reviewer")));
        assertThat(city.get(0)).containsExactly("备案编号", "应用名称", "提供者", "类别", "状态", "创建时间", "提交时间", "备案时间");
        assertThat(city).anyMatch(r -> r.get(0).equals(app.filingNumber()) && r.get(1).equals(app.name())
                && r.get(4).equals("已备案"));
        long total = api().get("/api/v1/filings?size=1", api().token("city-reviewer")).json().path("total").asLong();
        assertThat(city).hasSize((int) total + 1);

        List<List<String>> own = SpreadsheetExportsIT.sheet(api().bytes("/api/v1/filings.xlsx", p.token()));
        assertThat(own).hasSize(2);
        assertThat(SpreadsheetExportsIT.sheet(api().bytes("/api/v1/filings.xlsx", other.token()))).hasSize(1);
    }

    @Test
    void complaintsOrdersAndDistrictsComeAsSpreadsheetsToTheAgenciesOnly() throws Exception {
        assertThat(SpreadsheetExportsIT.sheet(api().bytes("/api/v1/complaints.xlsx", api().token("city-reviewer"))).get(0))
                .containsExactly("受理编号", "类别", "应用名称", "状态", "承办部门", "受理时间", "办理期限", "是否逾期", "未备案应用");
        assertThat(SpreadsheetExportsIT.sheet(api().bytes("/api/v1/rectifications.xlsx", api().token("city-reviewer"))).get(0))
                .containsExactly("备案编号", "应用名称", "提供者", "原因", "依据", "状态", "整改期限", "下达时间", "反馈时间", "办结时间");
        List<List<String>> districts = SpreadsheetExportsIT.sheet(api().bytes("/api/v1/districts.xlsx", api().token("city-reviewer")));
        assertThat(districts.get(0)).containsExactly("区", "区划代码", "学校数", "在用使用者备案", "在用应用数", "待处理");
        assertThat(districts).anyMatch(r -> r.get(0).contains("海淀"));

        Fixtures.Provider p = fixtures().beijingCompany();
        assertThat(api().bytes("/api/v1/complaints.xlsx", p.token()).statusCode()).isEqualTo(403);
        assertThat(api().bytes("/api/v1/districts.xlsx", p.token()).statusCode()).isEqualTo(403);
        assertThat(api().bytes("/api/v1/filings.xlsx", null).statusCode()).isEqualTo(401);
    }
}
