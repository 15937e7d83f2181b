package cn.eduapp.registry.rules;

import static org.assertj.core.api.Assertions.assertThat;

import cn.eduapp.registry.rules.PrecheckFixtures.App;
import cn.eduapp.registry.rules.PrecheckFixtures.Provider;
import cn.eduapp.registry.rules.internal.RuleEngine;
import cn.eduapp.registry.rules.internal.RuleSet;
import cn.eduapp.registry.shared.LegalPersonType;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Classification and blocking, for any declaration: properties that hold whatever the facts. */
class ClassificationProperties {

    private static final RuleSet RULES = PrecheckFixtures.ruleSet();
    private static final Set<Audience> SCHOOL_AGE = EnumSet.of(Audience.PRIMARY, Audience.JUNIOR_SECONDARY,
            Audience.SENIOR_SECONDARY);

    @Property
    void removingEveryK12AudienceNeverYieldsSubjectTraining(@ForAll("apps") App app, @ForAll("providers") Provider provider) {
        app.audiences = new ArrayList<>(app.audiences);
        app.audiences.removeAll(SCHOOL_AGE);
        PrecheckResult r = evaluate(app, provider);
        assertThat(r.category()).isNotEqualTo(Category.SUBJECT_TRAINING);
        assertThat(r.findings()).extracting(Finding::ruleId)
                .doesNotContain("SUBJECT_NON_PROFIT", "SUBJECT_CIVIL_AFFAIRS", "SUBJECT_SCHOOL_LICENCE", "SUBJECT_ONLINE_PERMIT");
    }

    @Property
    void addingASubjectOutsideSNeverMakesSubjectTraining(@ForAll("apps") App app, @ForAll("providers") Provider provider,
                                                         @ForAll("subjectsOutsideS") Subject extra) {
        PrecheckResult before = evaluate(app, provider);
        app.subjects = new ArrayList<>(app.subjects);
        app.subjects.add(extra);
        PrecheckResult after = evaluate(app, provider);
        if (before.category() == Category.NON_SUBJECT_TRAINING) {
            assertThat(after.category()).isEqualTo(Category.NON_SUBJECT_TRAINING);
        }
        assertThat(after.category()).isEqualTo(before.category());
    }

    @Property
    void blockingExactlyWhenSomeFindingIsBlocking(@ForAll("apps") App app, @ForAll("providers") Provider provider) {
        PrecheckResult r = evaluate(app, provider);
        boolean anyBlocking = r.findings().stream().anyMatch(f -> f.severity() == Severity.BLOCKING);
        assertThat(r.blocking()).isEqualTo(anyBlocking);
        assertThat(r.blockingFindings().isEmpty()).isEqualTo(!r.blocking());
    }

    @Property
    void categoryIsReportedExactlyWhenInScope(@ForAll("apps") App app, @ForAll("providers") Provider provider) {
        PrecheckResult r = evaluate(app, provider);
        assertThat(r.category() != null).isEqualTo(r.scope() == Scope.IN_SCOPE);
        assertThat(r.findings().stream().anyMatch(f -> f.ruleId().equals("CATEGORY"))).isEqualTo(r.scope() == Scope.IN_SCOPE);
        assertThat(r.findings().stream().anyMatch(f -> f.ruleId().equals("SCOPE"))).isEqualTo(r.scope() == Scope.OUT_OF_SCOPE);
        assertThat(r.findings()).allSatisfy(f -> assertThat(f.message()).doesNotContain("{0}", "{1}"));
    }

    private static PrecheckResult evaluate(App app, Provider provider) {
        return RuleEngine.evaluate(RULES, new PrecheckFacts(app.declaration(), provider.facts(), PrecheckFixtures.TODAY));
    }

    @Provide
    Arbitrary<Subject> subjectsOutsideS() {
        return Arbitraries.of(Subject.class).filter(s -> !RULES.subjects().contains(s));
    }

    @Provide
    Arbitrary<Provider> providers() {
        return Combinators.combine(Arbitraries.of(LegalPersonType.class),
                        Arbitraries.of(PrecheckFixtures.BEIJING_CIVIL_AFFAIRS, PrecheckFixtures.BEIJING_COMPANY,
                                PrecheckFixtures.SHANGHAI_COMPANY),
                        Arbitraries.of(true, false))
                .as((type, code, licensed) -> {
                    Provider p = new Provider();
                    p.legalPersonType = type;
                    p.creditCode = code;
                    if (!licensed) {
                        p.licences = new ArrayList<>();
                    }
                    return p;
                });
    }

    @Provide
    Arbitrary<App> apps() {
        Arbitrary<List<Audience>> audiences = Arbitraries.subsetOf(Audience.values()).map(ArrayList::new);
        Arbitrary<List<Scenario>> scenarios = Arbitraries.subsetOf(Scenario.values()).map(ArrayList::new);
        Arbitrary<List<Subject>> subjects = Arbitraries.subsetOf(Subject.values()).map(ArrayList::new);
        Arbitrary<List<DataMeasure>> measures = Arbitraries.subsetOf(DataMeasure.values()).map(ArrayList::new);
        Arbitrary<Integer> flags = Arbitraries.integers().between(0, (1 << 16) - 1);
        Arbitrary<String> icp = Arbitraries.of("京ICP备12345678号-1A", "京ICP备12345678号-1X", "京ICP备1234567890号",
                "ICP12345", "");
        return Combinators.combine(audiences, scenarios, subjects, measures, flags, icp).as((a, s, sub, m, f, i) -> {
            App app = new App();
            app.audiences = a;
            app.scenarios = s;
            app.subjects = sub;
            app.measures = m;
            app.offersSubjectTraining = bit(f, 0);
            app.generalPurposeTool = bit(f, 1);
            app.photoSearch = bit(f, 2);
            app.advertising = bit(f, 3);
            app.gameLinks = bit(f, 4);
            app.hostsThirdPartyTraining = bit(f, 5);
            app.collectsPersonalInfo = bit(f, 6);
            app.collectsMinorsInfo = bit(f, 7);
            app.guardianConsent = bit(f, 8);
            app.sellsOrSharesPersonalInfo = bit(f, 9);
            app.contentReview = bit(f, 10);
            app.staffing = bit(f, 11);
            app.userAgreement = bit(f, 12);
            app.privacyPolicyUrl = bit(f, 13) ? "https://example.cn/p" : null;
            app.complaintEntryUrl = bit(f, 14) ? "https://example.cn/c" : "";
            app.mlpsFilingNumber = bit(f, 15) ? "11010899999-00001" : "x";
            app.icpFilingNumber = i;
            return app;
        });
    }

    private static boolean bit(int flags, int n) {
        return (flags & (1 << n)) != 0;
    }
}
