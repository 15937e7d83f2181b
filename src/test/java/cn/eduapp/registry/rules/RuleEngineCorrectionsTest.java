package cn.eduapp.registry.rules;

import static cn.eduapp.registry.rules.PrecheckFixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import cn.eduapp.registry.rules.PrecheckFixtures.App;
import cn.eduapp.registry.rules.PrecheckFixtures.Provider;
import cn.eduapp.registry.rules.internal.RuleDefinition;
import cn.eduapp.registry.rules.internal.RuleEngine;
import cn.eduapp.registry.rules.internal.RuleSet;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * RuleEngineTest's cases for issue 18's corrections, on the real 2022.2 rule set (the table of RuleEngineTest
 * keeps running on 2022.1, which still evaluates as it did): 三（二） only for school-age audiences and hosted
 * institutions with permits a warning; division 100000 accepted with a warning; the personal-information question
 * narrowed; citations as the notice and the documents it builds on give them.
 */
class RuleEngineCorrectionsTest {

    private static PrecheckResult evaluate(RuleSet set, Consumer<App> appChange, Consumer<Provider> providerChange) {
        App app = new App();
        appChange.accept(app);
        Provider provider = new Provider();
        providerChange.accept(provider);
        return RuleEngine.evaluate(set, new PrecheckFacts(app.declaration(), provider.facts(), TODAY));
    }

    private static PrecheckResult evaluate(Consumer<App> appChange, Consumer<Provider> providerChange) {
        return evaluate(PrecheckFixtures.ruleSet2022_2(), appChange, providerChange);
    }

    private static List<Finding> findings(PrecheckResult r, String ruleId) {
        return r.findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    private static void hostingMaths(App a) {
        a.hostsThirdPartyTraining = true;
        a.offersSubjectTraining = false;
        a.subjects = List.of(Subject.MATHEMATICS);
    }

    @Test
    void hostedMathsTutorsForPupilsWithoutPermitsAreRefused() {
        PrecheckResult r = evaluate(RuleEngineCorrectionsTest::hostingMaths, p -> { });
        assertThat(findings(r, "THIRD_PARTY_TRAINING")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.BLOCKING);
            assertThat(f.clause()).isEqualTo("京教信〔2022〕5号 三（二）");
            assertThat(f.message()).contains("教育移动应用不得为未经许可的机构(或个人)提供平台(或功能)用于开展学科类培训");
        });
        assertThat(r.blocking()).isTrue();
    }

    @Test
    void hostedMathsTutorsForUniversityStudentsAreNotThe三二Case() {
        PrecheckResult r = evaluate(a -> {
            hostingMaths(a);
            a.audiences = List.of(Audience.HIGHER_EDUCATION);
        }, p -> { });
        assertThat(findings(r, "THIRD_PARTY_TRAINING")).isEmpty();
        assertThat(r.blocking()).isFalse();
        // the same declaration under 2022.1 is still refused: that version evaluates as it did
        PrecheckResult old = evaluate(PrecheckFixtures.ruleSet(), a -> {
            hostingMaths(a);
            a.audiences = List.of(Audience.HIGHER_EDUCATION);
        }, p -> { });
        assertThat(findings(old, "THIRD_PARTY_TRAINING")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.BLOCKING));
    }

    @Test
    void aLicensedHostedInstitutionLeavesAWarningForTheReviewer() {
        PrecheckResult r = evaluate(a -> {
            hostingMaths(a);
            a.hostedInstitutions = List.of(new Declaration.HostedInstitution("某某培训学校", "京教线许字第0001号"));
        }, p -> { });
        assertThat(r.blocking()).isFalse();
        assertThat(findings(r, "THIRD_PARTY_TRAINING")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).contains("某某培训学校（京教线许字第0001号）").contains("核实");
        });
    }

    @Test
    void oneHostedInstitutionWithoutAPermitNumberStillRefuses() {
        PrecheckResult r = evaluate(a -> {
            hostingMaths(a);
            a.hostedInstitutions = List.of(new Declaration.HostedInstitution("某某培训学校", "京教线许字第0001号"),
                    new Declaration.HostedInstitution("张老师", " "));
        }, p -> { });
        assertThat(findings(r, "THIRD_PARTY_TRAINING")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.BLOCKING));
    }

    @Test
    void aCentrallyRegisteredOrganisationIsAcceptedWithAWarningNamingItsAuthority() {
        PrecheckResult r = evaluate(a -> { }, p -> p.creditCode = PrecheckFixtures.CENTRAL_CIVIL_AFFAIRS);
        assertThat(r.blocking()).isFalse();
        assertThat(findings(r, "JURISDICTION")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).contains("100000", "民政部门");
        });
        // under 2022.1 the same provider was refused
        assertThat(findings(evaluate(PrecheckFixtures.ruleSet(), a -> { }, p -> p.creditCode = PrecheckFixtures.CENTRAL_CIVIL_AFFAIRS),
                "JURISDICTION")).singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.BLOCKING));
    }

    @Test
    void anotherProvinceIsStillRefused() {
        PrecheckResult r = evaluate(a -> { }, p -> p.creditCode = PrecheckFixtures.SHANGHAI_COMPANY);
        assertThat(findings(r, "JURISDICTION")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.BLOCKING);
            assertThat(f.message()).contains("310115");
        });
    }

    @Test
    void consentedSharingWithProcessorsAndSdksIsNotAsked() {
        // the question is whether information is leaked, sold or given to others without consent; an app that
        // shares with consent answers no, and passes
        PrecheckResult consented = evaluate(a -> a.sellsOrSharesPersonalInfo = false, p -> { });
        assertThat(findings(consented, "PERSONAL_INFO_SALE")).isEmpty();
        PrecheckResult leaking = evaluate(a -> a.sellsOrSharesPersonalInfo = true, p -> { });
        assertThat(findings(leaking, "PERSONAL_INFO_SALE")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("未经同意").contains("不得泄露、出售或向他人提供个人信息"));
    }

    @Test
    void photoSearchQuotesThe三三Clause() {
        PrecheckResult r = evaluate(a -> a.photoSearch = true, p -> { });
        assertThat(findings(r, "PHOTO_SEARCH")).singleElement().satisfies(f -> assertThat(f.message())
                .contains("不得提供和传播惰化中小学生学习思维能力、影响学生独立思考、违背教育教学规律的“拍照搜题”等功能")
                .doesNotContain("直接提供答案"));
    }

    @Test
    void citationsHoldAndUseFullWidthBrackets() {
        RuleSet set = PrecheckFixtures.ruleSet2022_2();
        assertThat(set.rule("ICP_FILING").clause()).contains("教技厅〔2019〕3号 三", "教技函〔2019〕55号").doesNotContain("四");
        assertThat(set.rule("MLPS_FILING").clause()).contains("教技厅〔2019〕3号 三", "教技函〔2019〕55号");
        assertThat(set.rule("ICP_FILING.suffix").clause()).doesNotContain("京教信").contains("本平台");
        assertThat(set.rule("PACKAGE_NAME_MISMATCH").clause()).contains("教技厅〔2019〕3号 二");
        assertThat(set.rule("PACKAGE_NAME_MISMATCH").message()).startsWith("申报真实性核对");
        assertThat(set.rule("SUBJECT_ONLINE_PERMIT").clause())
                .contains("《关于进一步减轻义务教育阶段学生作业负担和校外培训负担的意见》", "四（二）");
        for (RuleDefinition d : set.definition().rules()) {
            assertThat(d.clause()).as(d.id()).doesNotContain("(", ")").doesNotContainPattern("号\\s{2,}|[一二三四五]\\s+（");
        }
    }

    @Test
    void aWrongSuffixIsAPlatformCheckWithoutAClause() {
        PrecheckResult r = evaluate(a -> a.icpFilingNumber = "京ICP备12345678号-1X", p -> { });
        assertThat(findings(r, "ICP_FILING")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.clause()).doesNotContain("京教信");
            assertThat(f.message()).contains("不是京教信〔2022〕5号的要求");
        });
    }
}
