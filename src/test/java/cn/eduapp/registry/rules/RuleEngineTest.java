package cn.eduapp.registry.rules;

import static cn.eduapp.registry.rules.PrecheckFixtures.TODAY;
import static cn.eduapp.registry.rules.PrecheckFixtures.licence;
import static cn.eduapp.registry.rules.PrecheckFixtures.valid;
import static org.assertj.core.api.Assertions.assertThat;

import cn.eduapp.registry.rules.PrecheckFixtures.App;
import cn.eduapp.registry.rules.PrecheckFixtures.Provider;
import cn.eduapp.registry.rules.internal.RuleEngine;
import cn.eduapp.registry.shared.LegalPersonType;
import cn.eduapp.registry.shared.LicenceType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule of DOMAIN.md's table on the real 2022.1 rule set: for each, cases where it holds (no finding)
 * and where it does not (a finding with the expected severity), boundaries included.
 */
class RuleEngineTest {

    private static final List<Case> CASES = new ArrayList<>();
    private static final PackageFacts CLEAN_PACKAGE = new PackageFacts("cn.example.sport", List.of(), false, false);

    /** {@code severity} null: the rule must not fire. */
    record Case(String name, String ruleId, @Nullable Severity severity, Consumer<App> app, Consumer<Provider> provider,
                @Nullable PackageFacts pkg) {
        @Override
        public String toString() {
            return ruleId + (severity == null ? " holds: " : " fires " + severity + ": ") + name;
        }
    }

    private static void holds(String rule, String name, Consumer<App> app) {
        CASES.add(new Case(name, rule, null, app, p -> { }, null));
    }

    private static void holds(String rule, String name, Consumer<App> app, Consumer<Provider> provider) {
        CASES.add(new Case(name, rule, null, app, provider, null));
    }

    private static void fires(String rule, Severity severity, String name, Consumer<App> app) {
        CASES.add(new Case(name, rule, severity, app, p -> { }, null));
    }

    private static void fires(String rule, Severity severity, String name, Consumer<App> app, Consumer<Provider> provider) {
        CASES.add(new Case(name, rule, severity, app, provider, null));
    }

    private static void withPackage(String rule, @Nullable Severity severity, String name, Consumer<App> app, PackageFacts pkg) {
        CASES.add(new Case(name, rule, severity, app, p -> { }, pkg));
    }

    private static final Severity B = Severity.BLOCKING;

    static {
        // SCOPE: 5号 二(一)
        holds("SCOPE", "PE app for pupils and parents", a -> { });
        holds("SCOPE", "teachers only, teaching", a -> { a.audiences = List.of(Audience.TEACHERS); a.scenarios = List.of(Scenario.TEACHING); });
        fires("SCOPE", B, "general-purpose tool", a -> a.generalPurposeTool = true);
        fires("SCOPE", B, "audience only the general public", a -> a.audiences = List.of(Audience.GENERAL_PUBLIC));
        fires("SCOPE", B, "no audience declared", a -> a.audiences = List.of());
        fires("SCOPE", B, "scenario only OTHER", a -> a.scenarios = List.of(Scenario.OTHER));

        // CATEGORY: always reported (INFO) when in scope
        fires("CATEGORY", Severity.INFO, "in scope, non-subject", a -> { });
        fires("CATEGORY", Severity.INFO, "in scope, subject training", App::subjectTraining);
        holds("CATEGORY", "out of scope: no category finding", a -> a.generalPurposeTool = true);

        // SUBJECT_NON_PROFIT: 5号 三（一）
        holds("SUBJECT_NON_PROFIT", "non-profit provider of subject training", App::subjectTraining);
        fires("SUBJECT_NON_PROFIT", B, "for-profit provider of subject training", App::subjectTraining,
                p -> p.legalPersonType = LegalPersonType.FOR_PROFIT);
        fires("SUBJECT_NON_PROFIT", B, "special legal person", App::subjectTraining, p -> p.legalPersonType = LegalPersonType.SPECIAL);
        holds("SUBJECT_NON_PROFIT", "for-profit provider of PE (non-subject)", a -> { },
                p -> p.legalPersonType = LegalPersonType.FOR_PROFIT);

        // SUBJECT_CIVIL_AFFAIRS: authority 5, or a valid 民政登记证书
        holds("SUBJECT_CIVIL_AFFAIRS", "credit code registered by civil affairs", App::subjectTraining);
        fires("SUBJECT_CIVIL_AFFAIRS", B, "market-regulation code, no certificate", App::subjectTraining,
                p -> p.creditCode = PrecheckFixtures.BEIJING_COMPANY);
        holds("SUBJECT_CIVIL_AFFAIRS", "market-regulation code with a valid certificate", App::subjectTraining,
                p -> { p.creditCode = PrecheckFixtures.BEIJING_COMPANY; p.licences.add(valid(LicenceType.CIVIL_AFFAIRS_REGISTRATION)); });
        fires("SUBJECT_CIVIL_AFFAIRS", B, "market-regulation code with a withdrawn certificate", App::subjectTraining,
                p -> { p.creditCode = PrecheckFixtures.BEIJING_COMPANY;
                       p.licences.add(licence(LicenceType.CIVIL_AFFAIRS_REGISTRATION, TODAY.minusYears(1), TODAY.plusYears(1), true)); });
        holds("SUBJECT_CIVIL_AFFAIRS", "non-subject app of an enterprise", a -> { },
                p -> p.creditCode = PrecheckFixtures.BEIJING_COMPANY);

        // SUBJECT_SCHOOL_LICENCE and SUBJECT_ONLINE_PERMIT: valid on the day of evaluation, not withdrawn
        for (var rule : List.of(new String[] {"SUBJECT_SCHOOL_LICENCE", "SCHOOL_RUNNING_LICENCE"},
                new String[] {"SUBJECT_ONLINE_PERMIT", "ONLINE_SUBJECT_TRAINING_PERMIT"})) {
            String id = rule[0];
            LicenceType type = LicenceType.valueOf(rule[1]);
            holds(id, "valid licence", App::subjectTraining);
            holds(id, "licence expiring today is still valid", App::subjectTraining,
                    p -> p.replace(type, licence(type, TODAY.minusYears(3), TODAY, false)));
            holds(id, "licence valid from today", App::subjectTraining,
                    p -> p.replace(type, licence(type, TODAY, TODAY.plusYears(3), false)));
            fires(id, B, "licence expired yesterday", App::subjectTraining,
                    p -> p.replace(type, licence(type, TODAY.minusYears(3), TODAY.minusDays(1), false)));
            fires(id, B, "licence valid from tomorrow", App::subjectTraining,
                    p -> p.replace(type, licence(type, TODAY.plusDays(1), TODAY.plusYears(3), false)));
            fires(id, B, "licence withdrawn", App::subjectTraining,
                    p -> p.replace(type, licence(type, TODAY.minusYears(1), TODAY.plusYears(1), true)));
            fires(id, B, "no licence at all", App::subjectTraining, p -> p.replace(type));
            fires(id, B, "senior-secondary (高中) pupils count as school-age", a -> {
                a.subjectTraining();
                a.audiences = List.of(Audience.SENIOR_SECONDARY);
            }, p -> p.replace(type));
            holds(id, "no licence needed for university students (non-subject)", a -> {
                a.subjectTraining();
                a.audiences = List.of(Audience.HIGHER_EDUCATION);
            }, p -> p.replace(type));
            holds(id, "no licence needed for PE for primary pupils", a -> { }, p -> p.replace(type));
        }

        // THIRD_PARTY_TRAINING: 5号 三（二）
        holds("THIRD_PARTY_TRAINING", "no third-party training", App::subjectTraining);
        fires("THIRD_PARTY_TRAINING", B, "third parties teach mathematics", a -> { a.subjectTraining(); a.hostsThirdPartyTraining = true; });
        fires("THIRD_PARTY_TRAINING", B, "third parties teach unstated subjects", a -> { a.hostsThirdPartyTraining = true; a.subjects = List.of(); });
        holds("THIRD_PARTY_TRAINING", "third parties teach PE and music", a -> {
            a.hostsThirdPartyTraining = true;
            a.subjects = List.of(Subject.PHYSICAL_EDUCATION, Subject.MUSIC);
        });

        // PHOTO_SEARCH: 5号 三（三）
        holds("PHOTO_SEARCH", "no answer-handing function", a -> { });
        fires("PHOTO_SEARCH", B, "拍照搜题", a -> a.photoSearch = true);

        // PRESCHOOL_TRAINING: 5号 三（五）
        fires("PRESCHOOL_TRAINING", B, "training for preschool children", a -> a.audiences = List.of(Audience.PRESCHOOL, Audience.PARENTS));
        fires("PRESCHOOL_TRAINING", B, "any subject counts, e.g. English for preschoolers", a -> {
            a.audiences = List.of(Audience.PRESCHOOL);
            a.subjects = List.of(Subject.ENGLISH);
        });
        holds("PRESCHOOL_TRAINING", "a kindergarten's home-school app gives no training", a -> {
            a.audiences = List.of(Audience.PRESCHOOL, Audience.PARENTS, Audience.TEACHERS);
            a.scenarios = List.of(Scenario.HOME_SCHOOL, Scenario.SCHOOL_MANAGEMENT);
            a.subjects = List.of();
            a.offersSubjectTraining = false;
        });

        // ADVERTISING, GAME_LINKS: 5号 三
        holds("ADVERTISING", "no ads", a -> { });
        fires("ADVERTISING", B, "ads", a -> a.advertising = true);
        holds("GAME_LINKS", "no game links", a -> { });
        fires("GAME_LINKS", B, "game links", a -> a.gameLinks = true);

        // GUARDIAN_CONSENT, PERSONAL_INFO_SALE, DATA_PROTECTION: 5号 三; 55号
        holds("GUARDIAN_CONSENT", "minors' information with guardian consent", a -> { });
        holds("GUARDIAN_CONSENT", "no minors' information", a -> { a.collectsMinorsInfo = false; a.guardianConsent = false; });
        fires("GUARDIAN_CONSENT", B, "minors' information without consent", a -> a.guardianConsent = false);
        holds("PERSONAL_INFO_SALE", "no selling or sharing", a -> { });
        fires("PERSONAL_INFO_SALE", B, "sells or shares personal information", a -> a.sellsOrSharesPersonalInfo = true);
        holds("DATA_PROTECTION", "all four measures and a privacy policy", a -> { });
        holds("DATA_PROTECTION", "collects nothing, needs nothing", a -> {
            a.collectsPersonalInfo = false;
            a.collectsMinorsInfo = false;
            a.measures = List.of();
            a.privacyPolicyUrl = null;
        });
        fires("DATA_PROTECTION", B, "storage not covered", a -> a.measures = List.of(DataMeasure.COLLECTION, DataMeasure.TRANSMISSION, DataMeasure.USE));
        fires("DATA_PROTECTION", B, "no privacy policy", a -> a.privacyPolicyUrl = null);
        fires("DATA_PROTECTION", B, "privacy policy not an http(s) URL", a -> a.privacyPolicyUrl = "ftp://example.cn/privacy");
        fires("DATA_PROTECTION", B, "only minors' information collected, no measures", a -> {
            a.collectsPersonalInfo = false;
            a.measures = List.of();
        });

        // OPERATIONS, COMPLAINT_ENTRY: 5号 三（六）
        holds("OPERATIONS", "every mechanism in place", a -> { });
        fires("OPERATIONS", B, "no staffing", a -> a.staffing = false);
        fires("OPERATIONS", B, "no user agreement nor published rules", a -> { a.userAgreement = false; a.publishedRules = false; });
        holds("COMPLAINT_ENTRY", "complaint entry URL", a -> { });
        holds("COMPLAINT_ENTRY", "plain http is still a URL", a -> a.complaintEntryUrl = "http://example.cn/ts");
        fires("COMPLAINT_ENTRY", B, "no complaint entry", a -> a.complaintEntryUrl = null);
        fires("COMPLAINT_ENTRY", B, "complaint entry not a URL", a -> a.complaintEntryUrl = "请拨打电话 010-12345678");
        fires("COMPLAINT_ENTRY", B, "a scheme without a host", a -> a.complaintEntryUrl = "https://");
        fires("COMPLAINT_ENTRY", B, "a URL with whitespace", a -> a.complaintEntryUrl = "https://example.cn/投诉 入口");
        holds("COMPLAINT_ENTRY", "upper-case scheme and a query", a -> a.complaintEntryUrl = "HTTPS://example.cn/ts?from=app");

        // ICP_FILING: Measures; 5号 四（二）
        holds("ICP_FILING", "app number ending in A for an Android app", a -> { });
        holds("ICP_FILING", "mini-program number ending in X", a -> {
            a.platforms = List.of(new Declaration.Platform(PlatformType.MINI_PROGRAM, "wx1234567890abcdef"));
            a.icpFilingNumber = "京ICP备12345678号-2X";
        });
        holds("ICP_FILING", "H5 site without suffix", a -> {
            a.platforms = List.of(new Declaration.Platform(PlatformType.H5, "https://m.example.cn"));
            a.icpFilingNumber = "京ICP备1234567890号-1";
        });
        fires("ICP_FILING", B, "missing", a -> a.icpFilingNumber = null);
        fires("ICP_FILING", B, "malformed (7 digits)", a -> a.icpFilingNumber = "京ICP备1234567号-1A");
        fires("ICP_FILING", B, "unknown province", a -> a.icpFilingNumber = "港ICP备12345678号-1A");
        fires("ICP_FILING", Severity.WARNING, "mini-program suffix X for an Android app", a -> a.icpFilingNumber = "京ICP备12345678号-1X");
        fires("ICP_FILING", Severity.WARNING, "no suffix for an iOS app", a -> {
            a.platforms = List.of(new Declaration.Platform(PlatformType.IOS, "cn.example.sport"));
            a.icpFilingNumber = "沪ICP备12345678号-3";
        });

        // MLPS_FILING
        holds("MLPS_FILING", "NNNNNNNNNNN-NNNNN", a -> { });
        fires("MLPS_FILING", B, "missing", a -> a.mlpsFilingNumber = null);
        fires("MLPS_FILING", B, "too short", a -> a.mlpsFilingNumber = "1101089999-00001");

        // JURISDICTION: Measures 第三条、第七条
        holds("JURISDICTION", "Beijing provider", a -> { });
        fires("JURISDICTION", B, "Shanghai provider", a -> { }, p -> p.creditCode = PrecheckFixtures.SHANGHAI_COMPANY);

        // PROVIDER_BANNED: banned while today < banUntil
        holds("PROVIDER_BANNED", "never banned", a -> { });
        fires("PROVIDER_BANNED", B, "ban ends tomorrow", a -> { }, p -> p.bannedUntil = TODAY.plusDays(1));
        holds("PROVIDER_BANNED", "ban ends today", a -> { }, p -> p.bannedUntil = TODAY);
        holds("PROVIDER_BANNED", "ban ended yesterday", a -> { }, p -> p.bannedUntil = TODAY.minusDays(1));

        // Package rules (issue 10): what the package shows against the declaration
        PackageFacts ads = new PackageFacts("cn.example.sport", List.of(new PackageFacts.DetectedSdk("穿山甲", "ADVERTISING")), false, false);
        PackageFacts engine = new PackageFacts("cn.example.sport", List.of(new PackageFacts.DetectedSdk("Unity", "GAME_ENGINE")), false, false);
        PackageFacts ocr = new PackageFacts("cn.example.sport", List.of(new PackageFacts.DetectedSdk("某OCR", "PHOTO_SEARCH_OCR")), true, true);
        PackageFacts ocrOnly = new PackageFacts("cn.example.sport", List.of(new PackageFacts.DetectedSdk("某OCR", "PHOTO_SEARCH_OCR")), false, false);
        PackageFacts other = new PackageFacts("com.other.app", List.of(), false, false);
        withPackage("PACKAGE_ADVERTISING_SDK", null, "clean package", a -> { }, CLEAN_PACKAGE);
        withPackage("PACKAGE_ADVERTISING_SDK", B, "ad SDK while declaring no ads", a -> { }, ads);
        withPackage("PACKAGE_ADVERTISING_SDK", null, "ad SDK declared as ads (ADVERTISING reports it)", a -> a.advertising = true, ads);
        withPackage("PACKAGE_GAME_ENGINE", null, "clean package", a -> { }, CLEAN_PACKAGE);
        withPackage("PACKAGE_GAME_ENGINE", Severity.WARNING, "game engine while declaring no game links", a -> { }, engine);
        withPackage("PACKAGE_PHOTO_SEARCH", null, "OCR without camera or search strings", a -> { }, ocrOnly);
        withPackage("PACKAGE_PHOTO_SEARCH", B, "OCR, camera and 搜题 strings", a -> { }, ocr);
        withPackage("PACKAGE_NAME_MISMATCH", null, "package name as declared", a -> { }, CLEAN_PACKAGE);
        withPackage("PACKAGE_NAME_MISMATCH", B, "another app's package", a -> { }, other);
        withPackage("PACKAGE_NAME_MISMATCH", B, "an APK for a filing that declares no Android platform", a -> {
            a.platforms = List.of(new Declaration.Platform(PlatformType.IOS, "cn.example.sport"));
        }, CLEAN_PACKAGE);
    }

    static Stream<Case> cases() {
        return CASES.stream();
    }

    static PrecheckResult evaluate(Consumer<App> appChange, Consumer<Provider> providerChange, @Nullable PackageFacts pkg) {
        App app = new App();
        appChange.accept(app);
        Provider provider = new Provider();
        providerChange.accept(provider);
        return RuleEngine.evaluate(PrecheckFixtures.ruleSet(), new PrecheckFacts(app.declaration(), provider.facts(), TODAY, pkg));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachRuleHoldsOrFiresWithItsClause(Case c) {
        PrecheckResult result = evaluate(c.app(), c.provider(), c.pkg());
        List<Finding> mine = result.findings().stream().filter(f -> f.ruleId().equals(c.ruleId())).toList();
        if (c.severity() == null) {
            assertThat(mine).as(result.findings().toString()).isEmpty();
        } else {
            assertThat(mine).as(result.findings().toString()).hasSize(1);
            Finding f = mine.get(0);
            assertThat(f.severity()).isEqualTo(c.severity());
            assertThat(f.clause()).isNotBlank().containsAnyOf("京教信〔2022〕5号", "《教育移动互联网应用程序备案管理办法》");
            assertThat(f.message()).isNotBlank().doesNotContain("{0}").doesNotContain("{1}")
                    .matches(m -> m.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN));
        }
        assertThat(result.blocking()).isEqualTo(result.findings().stream().anyMatch(f -> f.severity() == Severity.BLOCKING));
        assertThat(result.ruleSetVersion()).isEqualTo("2022.1");
    }

    @Test
    void everyRuleOfTheTableHasACaseWhereItHoldsAndOneWhereItFires() {
        Set<String> ids = RuleEngine.RULES.stream().map(r -> r.contains(".") ? r.substring(0, r.indexOf('.')) : r)
                .collect(Collectors.toSet());
        Set<String> holding = new HashSet<>();
        Set<String> firing = new HashSet<>();
        CASES.forEach(c -> (c.severity() == null ? holding : firing).add(c.ruleId()));
        assertThat(holding).containsAll(ids);
        assertThat(firing).containsAll(ids);
        assertThat(ids).contains("SCOPE", "CATEGORY", "SUBJECT_NON_PROFIT", "SUBJECT_CIVIL_AFFAIRS", "SUBJECT_SCHOOL_LICENCE",
                "SUBJECT_ONLINE_PERMIT", "THIRD_PARTY_TRAINING", "PHOTO_SEARCH", "PRESCHOOL_TRAINING", "ADVERTISING",
                "GAME_LINKS", "GUARDIAN_CONSENT", "PERSONAL_INFO_SALE", "DATA_PROTECTION", "OPERATIONS", "COMPLAINT_ENTRY",
                "ICP_FILING", "MLPS_FILING", "JURISDICTION", "PROVIDER_BANNED");
    }

    @Test
    void aCompliantDeclarationHasOnlyItsCategory() {
        PrecheckResult r = evaluate(a -> { }, p -> { }, null);
        assertThat(r.scope()).isEqualTo(Scope.IN_SCOPE);
        assertThat(r.category()).isEqualTo(Category.NON_SUBJECT_TRAINING);
        assertThat(r.blocking()).isFalse();
        assertThat(r.findings()).extracting(Finding::ruleId).containsExactly("CATEGORY");
    }

    @Test
    void licensedNonProfitSubjectTrainingPasses() {
        PrecheckResult r = evaluate(App::subjectTraining, p -> { }, null);
        assertThat(r.category()).isEqualTo(Category.SUBJECT_TRAINING);
        assertThat(r.blocking()).isFalse();
        assertThat(r.findings()).extracting(Finding::ruleId).containsExactly("CATEGORY");
        assertThat(r.findings().get(0).message()).contains("学科培训类").contains("数学");
    }

    @Test
    void highSchoolStudentsCountAsSchoolAge() {
        PrecheckResult r = evaluate(a -> { a.subjectTraining(); a.audiences = List.of(Audience.SENIOR_SECONDARY); }, p -> { }, null);
        assertThat(r.category()).isEqualTo(Category.SUBJECT_TRAINING);
    }

    @Test
    void aSubjectOfSForUniversityStudentsIsNotSubjectTraining() {
        PrecheckResult r = evaluate(a -> { a.subjectTraining(); a.audiences = List.of(Audience.HIGHER_EDUCATION); },
                p -> p.legalPersonType = LegalPersonType.FOR_PROFIT, null);
        assertThat(r.category()).isEqualTo(Category.NON_SUBJECT_TRAINING);
        assertThat(r.findings()).extracting(Finding::ruleId).doesNotContain("SUBJECT_NON_PROFIT");
        assertThat(r.findings().get(0).message()).contains("主要用户不是中小学生");
    }

    @Test
    void physicalEducationForPrimaryPupilsIsNotSubjectTraining() {
        PrecheckResult r = evaluate(a -> { }, p -> p.legalPersonType = LegalPersonType.FOR_PROFIT, null);
        assertThat(r.category()).isEqualTo(Category.NON_SUBJECT_TRAINING);
        assertThat(r.blocking()).isFalse();
    }

    @Test
    void mathsWithoutTrainingByTheAppItselfIsNotSubjectTraining() {
        PrecheckResult r = evaluate(a -> { a.subjectTraining(); a.offersSubjectTraining = false; }, p -> { }, null);
        assertThat(r.category()).isEqualTo(Category.NON_SUBJECT_TRAINING);
    }

    @Test
    void kindergartenHomeSchoolAppIsNotPreschoolTraining() {
        PrecheckResult r = evaluate(a -> {
            a.audiences = List.of(Audience.PRESCHOOL, Audience.PARENTS);
            a.scenarios = List.of(Scenario.HOME_SCHOOL);
            a.subjects = List.of();
            a.offersSubjectTraining = false;
        }, p -> { }, null);
        assertThat(r.blocking()).isFalse();
        assertThat(r.scope()).isEqualTo(Scope.IN_SCOPE);
    }

    @Test
    void wrongIcpSuffixWarnsWithoutBlocking() {
        PrecheckResult r = evaluate(a -> a.icpFilingNumber = "京ICP备12345678号-1X", p -> { }, null);
        assertThat(r.blocking()).isFalse();
        assertThat(r.findings()).filteredOn(f -> f.ruleId().equals("ICP_FILING"))
                .singleElement().satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                    assertThat(f.message()).contains("京ICP备12345678号-1X").contains("A");
                });
    }

    @Test
    void outOfScopeStillEvaluatesTheOtherRulesAndHasNoCategory() {
        PrecheckResult r = evaluate(a -> {
            a.generalPurposeTool = true;
            a.advertising = true;
            a.mlpsFilingNumber = null;
        }, p -> { }, null);
        assertThat(r.scope()).isEqualTo(Scope.OUT_OF_SCOPE);
        assertThat(r.category()).isNull();
        assertThat(r.blocking()).isTrue();
        assertThat(r.findings()).extracting(Finding::ruleId).containsExactly("SCOPE", "ADVERTISING", "MLPS_FILING");
    }

    @Test
    void findingsNameWhatIsMissing() {
        PrecheckResult r = evaluate(a -> {
            a.staffing = false;
            a.measures = List.of(DataMeasure.COLLECTION);
        }, p -> p.replace(LicenceType.SCHOOL_RUNNING_LICENCE,
                licence(LicenceType.SCHOOL_RUNNING_LICENCE, TODAY.minusYears(2), TODAY.minusDays(1), false)), null);
        assertThat(message(r, "OPERATIONS")).contains("与服务规模相适应的专业人员").doesNotContain("账号管理措施");
        assertThat(message(r, "DATA_PROTECTION")).contains("存储环节保障", "传输环节保障", "使用环节保障").doesNotContain("收集环节保障");
        PrecheckResult s = evaluate(App::subjectTraining, p -> p.replace(LicenceType.SCHOOL_RUNNING_LICENCE,
                licence(LicenceType.SCHOOL_RUNNING_LICENCE, TODAY.minusYears(2), TODAY.minusDays(1), false)), null);
        assertThat(message(s, "SUBJECT_SCHOOL_LICENCE")).contains("已于 " + TODAY.minusDays(1) + " 到期");
    }

    @Test
    void aRuleNotInForceNeverFires() {
        var def = PrecheckFixtures.definition();
        var rules = def.rules().stream().map(r -> r.id().equals("ADVERTISING")
                ? new cn.eduapp.registry.rules.internal.RuleDefinition(r.id(), r.clause(), r.severity(), r.message(), false, null)
                : r).toList();
        var set = cn.eduapp.registry.rules.internal.RuleSet.of(new cn.eduapp.registry.rules.internal.RuleSetDefinition(
                "test.1", def.effectiveFrom(), def.title(), def.parameters(), rules));
        App app = new App();
        app.advertising = true;
        PrecheckResult r = RuleEngine.evaluate(set, new PrecheckFacts(app.declaration(), new Provider().facts(), TODAY));
        assertThat(r.findings()).extracting(Finding::ruleId).doesNotContain("ADVERTISING");
        assertThat(r.blocking()).isFalse();
        assertThat(r.ruleSetVersion()).isEqualTo("test.1");
    }

    private static String message(PrecheckResult r, String ruleId) {
        return r.findings().stream().filter(f -> f.ruleId().equals(ruleId)).findFirst().orElseThrow().message();
    }
}
