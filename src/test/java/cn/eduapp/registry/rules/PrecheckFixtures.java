package cn.eduapp.registry.rules;

import cn.eduapp.registry.rules.internal.RuleSet;
import cn.eduapp.registry.rules.internal.RuleSetDefinition;
import cn.eduapp.registry.shared.LegalPersonType;
import cn.eduapp.registry.shared.LicenceType;
import cn.eduapp.registry.support.CreditCodes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * Facts in domain language for the rule engine: the real 2022.1 rule set, a declaration that passes every
 * rule, and a mutable {@link App} / {@link Provider} to change one fact at a time.
 */
public final class PrecheckFixtures {

    public static final LocalDate TODAY = LocalDate.of(2025, 6, 1);
    /** A Beijing 民办非企业单位 (authority 5, civil affairs), the kind of provider subject training needs. */
    public static final String BEIJING_CIVIL_AFFAIRS = CreditCodes.complete("52110108MJ0A1B2C");
    /** A Beijing enterprise (authority 9). */
    public static final String BEIJING_COMPANY = "91110108MA01XJ3K2A";
    /** A Shanghai enterprise. */
    public static final String SHANGHAI_COMPANY = CreditCodes.complete("91310115MA1H7Q2D");

    /** A foundation registered by the Ministry of Civil Affairs: division 100000, though it may sit in Beijing. */
    public static final String CENTRAL_CIVIL_AFFAIRS = CreditCodes.complete("53100000MJ0A1B2C");

    private static final RuleSet RULE_SET_2022_1 = load("rules/rule-sets/2022.1.json");
    private static final RuleSet RULE_SET_2022_2 = load("rules/rule-sets/2022.2.json");

    private PrecheckFixtures() {
    }

    public static RuleSet ruleSet() {
        return RULE_SET_2022_1;
    }

    /** The corrected version of issue 18 (the one in force). */
    public static RuleSet ruleSet2022_2() {
        return RULE_SET_2022_2;
    }

    public static RuleSetDefinition definition() {
        return RULE_SET_2022_1.definition();
    }

    static RuleSet load(String resource) {
        try (InputStream in = PrecheckFixtures.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            return RuleSet.of(JsonMapper.builder().build().readValue(in, RuleSetDefinition.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The declaration as a mutable bag, so a case changes only what it is about. */
    public static final class App {
        public String name = "阳光体育打卡";
        public List<Declaration.Platform> platforms = new ArrayList<>(List.of(
                new Declaration.Platform(PlatformType.ANDROID, "cn.example.sport")));
        public List<Audience> audiences = new ArrayList<>(List.of(Audience.PRIMARY, Audience.PARENTS));
        public List<Scenario> scenarios = new ArrayList<>(List.of(Scenario.STUDENT_LEARNING, Scenario.HOME_SCHOOL));
        public List<Subject> subjects = new ArrayList<>(List.of(Subject.PHYSICAL_EDUCATION));
        public boolean offersSubjectTraining = true;
        public boolean generalPurposeTool;
        public boolean photoSearch;
        public boolean advertising;
        public boolean gameLinks;
        public boolean hostsThirdPartyTraining;
        public boolean collectsPersonalInfo = true;
        public boolean collectsMinorsInfo = true;
        public boolean guardianConsent = true;
        public @Nullable String privacyPolicyUrl = "https://example.cn/privacy";
        public List<DataMeasure> measures = new ArrayList<>(List.of(DataMeasure.values()));
        public boolean sellsOrSharesPersonalInfo;
        public boolean contentReview = true;
        public boolean accountManagement = true;
        public boolean emergencyResponse = true;
        public boolean staffing = true;
        public boolean publishedRules = true;
        public boolean userAgreement = true;
        public @Nullable String complaintEntryUrl = "https://example.cn/complaints";
        public @Nullable String icpFilingNumber = "京ICP备12345678号-1A";
        public @Nullable String mlpsFilingNumber = "11010899999-00001";
        public List<Declaration.HostedInstitution> hostedInstitutions = new ArrayList<>();

        /** Mathematics for junior-secondary pupils, given by the app itself: subject training. */
        public App subjectTraining() {
            audiences = new ArrayList<>(List.of(Audience.JUNIOR_SECONDARY));
            subjects = new ArrayList<>(List.of(Subject.MATHEMATICS));
            offersSubjectTraining = true;
            return this;
        }

        public Declaration declaration() {
            return new Declaration(name, "简介", "1.0.0", platforms, audiences, scenarios, subjects, offersSubjectTraining,
                    generalPurposeTool,
                    new Declaration.Features(photoSearch, advertising, gameLinks, hostsThirdPartyTraining, false),
                    new Declaration.DataProtection(collectsPersonalInfo, collectsMinorsInfo, guardianConsent,
                            privacyPolicyUrl, measures, sellsOrSharesPersonalInfo),
                    new Declaration.Operations(contentReview, accountManagement, emergencyResponse, staffing,
                            publishedRules, userAgreement, complaintEntryUrl),
                    icpFilingNumber, mlpsFilingNumber, hostedInstitutions);
        }
    }

    /** The provider: by default a Beijing civil-affairs non-profit holding every licence, valid around TODAY. */
    public static final class Provider {
        public String creditCode = BEIJING_CIVIL_AFFAIRS;
        public LegalPersonType legalPersonType = LegalPersonType.NON_PROFIT;
        public List<ProviderFacts.LicenceFact> licences = new ArrayList<>(List.of(
                valid(LicenceType.SCHOOL_RUNNING_LICENCE), valid(LicenceType.ONLINE_SUBJECT_TRAINING_PERMIT)));
        public @Nullable LocalDate bannedUntil;

        public Provider replace(LicenceType type, ProviderFacts.LicenceFact... with) {
            licences.removeIf(l -> l.type() == type);
            licences.addAll(List.of(with));
            return this;
        }

        public ProviderFacts facts() {
            return new ProviderFacts(creditCode, legalPersonType, licences, bannedUntil);
        }
    }

    public static ProviderFacts.LicenceFact valid(LicenceType type) {
        return new ProviderFacts.LicenceFact(type, TODAY.minusYears(1), TODAY.plusYears(2), false);
    }

    public static ProviderFacts.LicenceFact licence(LicenceType type, LocalDate from, LocalDate until, boolean withdrawn) {
        return new ProviderFacts.LicenceFact(type, from, until, withdrawn);
    }
}
