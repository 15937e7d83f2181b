package cn.eduapp.registry.rules.internal;

import static cn.eduapp.registry.rules.internal.RuleTexts.isHttpUrl;
import static cn.eduapp.registry.rules.internal.RuleTexts.shown;

import cn.eduapp.registry.rules.Audience;
import cn.eduapp.registry.rules.Category;
import cn.eduapp.registry.rules.DataMeasure;
import cn.eduapp.registry.rules.Declaration;
import cn.eduapp.registry.rules.Finding;
import cn.eduapp.registry.rules.PrecheckFacts;
import cn.eduapp.registry.rules.PrecheckResult;
import cn.eduapp.registry.rules.ProviderFacts;
import cn.eduapp.registry.rules.Scenario;
import cn.eduapp.registry.rules.Scope;
import cn.eduapp.registry.rules.Severity;
import cn.eduapp.registry.rules.Subject;
import cn.eduapp.registry.shared.LegalPersonType;
import cn.eduapp.registry.shared.LicenceType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * The rules of DOMAIN.md as code; their clauses, severities, messages, whether they are in force, the
 * subject list S, the school-age stages and the licences subject training needs come from the rule set.
 * A pure function: no I/O, no clock, no state. Every rule is evaluated whatever the scope.
 */
public final class RuleEngine {

    /** Every rule key a rule-set version may (and must) define, in the order findings are reported. */
    public static final List<String> RULES = List.of("SCOPE", "CATEGORY", "SUBJECT_NON_PROFIT", "SUBJECT_CIVIL_AFFAIRS",
            "SUBJECT_SCHOOL_LICENCE", "SUBJECT_ONLINE_PERMIT", "THIRD_PARTY_TRAINING", "PHOTO_SEARCH",
            "PRESCHOOL_TRAINING", "ADVERTISING", "GAME_LINKS", "GUARDIAN_CONSENT", "PERSONAL_INFO_SALE",
            "DATA_PROTECTION", "OPERATIONS", "COMPLAINT_ENTRY", "ICP_FILING", "ICP_FILING.suffix", "MLPS_FILING",
            "JURISDICTION", "PROVIDER_BANNED", "PACKAGE_ADVERTISING_SDK", "PACKAGE_GAME_ENGINE", "PACKAGE_PHOTO_SEARCH",
            "PACKAGE_NAME_MISMATCH");

    /**
     * Rules a version may define and need not (2022.1 does not): their presence also switches on the narrower
     * reading they belong to (issue 18), so a version without them evaluates exactly as it did.
     * {@code THIRD_PARTY_TRAINING.hosted}: 三（二） only for school-age audiences, and declared permits make it a
     * warning; {@code JURISDICTION.central}: a credit code of division 100000 (registered by a central authority)
     * is a warning, not a refusal. {@code MATERIALS} (issue 21, 2022.3): the documents a submission carries.
     */
    public static final List<String> OPTIONAL_RULES = List.of("THIRD_PARTY_TRAINING.hosted", "JURISDICTION.central",
            "MATERIALS");

    /** The division code that organisations registered by central authorities carry (GB 32100-2015 positions 3–8). */
    static final String CENTRAL_DIVISION = "100000";

    /** Rules whose definition must name the licence they ask for (5号 三(一)). */
    public static final Set<String> LICENCE_RULES = Set.of("SUBJECT_SCHOOL_LICENCE", "SUBJECT_ONLINE_PERMIT",
            "SUBJECT_CIVIL_AFFAIRS");

    private static final DataMeasure[] MEASURES = DataMeasure.values();
    private static final String[] PLACEHOLDERS = {"{0}", "{1}", "{2}", "{3}"};

    private RuleEngine() {
    }

    public static PrecheckResult evaluate(RuleSet set, PrecheckFacts facts) {
        Declaration app = facts.app();
        ProviderFacts provider = facts.provider();
        LocalDate day = facts.day();
        List<Finding> out = new ArrayList<>(8);

        boolean inScope = inScope(app);
        boolean subjectTraining = facts.recordedCategory() != null
                ? facts.recordedCategory() == Category.SUBJECT_TRAINING : subjectTraining(set, app);

        // 5号 二(一), 二(二): out of scope reports SCOPE and no category; the other rules still run.
        if (!inScope) {
            fire(out, set, "SCOPE");
        } else if (subjectTraining) {
            fire(out, set, "CATEGORY", "学科培训类（中小学学科）",
                    "应用本身面向中小学生提供" + subjectNames(set, app) + "学科培训，提供者须满足京教信〔2022〕5号 三（一）的条件");
        } else {
            fire(out, set, "CATEGORY", "非学科培训类", nonSubjectReason(set, app));
        }
        // 5号 三(一): who may offer subject training, and with which licences.
        if (subjectTraining) {
            if (provider.legalPersonType() != LegalPersonType.NON_PROFIT) {
                fire(out, set, "SUBJECT_NON_PROFIT", RuleTexts.legalPersonLabel(provider.legalPersonType()));
            }
            String code = provider.creditCode();
            boolean civilAffairs = (!code.isEmpty() && set.civilAffairsAuthority(code.charAt(0)))
                    || holdsLicence(set, "SUBJECT_CIVIL_AFFAIRS", provider, day);
            if (!civilAffairs) {
                fire(out, set, "SUBJECT_CIVIL_AFFAIRS");
            }
            if (!holdsLicence(set, "SUBJECT_SCHOOL_LICENCE", provider, day)) {
                fire(out, set, "SUBJECT_SCHOOL_LICENCE", RuleTexts.licenceState(set, "SUBJECT_SCHOOL_LICENCE", provider, day));
            }
            if (!holdsLicence(set, "SUBJECT_ONLINE_PERMIT", provider, day)) {
                fire(out, set, "SUBJECT_ONLINE_PERMIT", RuleTexts.licenceState(set, "SUBJECT_ONLINE_PERMIT", provider, day));
            }
        }
        Declaration.Features features = app.features();
        thirdPartyTraining(out, set, app);
        if (features.photoSearch()) {
            fire(out, set, "PHOTO_SEARCH");
        }
        // 5号 三(五): training of any subject for preschool children; a home-school app without training passes.
        if (app.offersSubjectTraining() && app.audiences().contains(Audience.PRESCHOOL)) {
            fire(out, set, "PRESCHOOL_TRAINING");
        }
        if (features.advertising()) {
            fire(out, set, "ADVERTISING");
        }
        if (features.gameLinks()) {
            fire(out, set, "GAME_LINKS");
        }
        Declaration.DataProtection data = app.dataProtection();
        if (data.collectsMinorsInfo() && !data.guardianConsent()) {
            fire(out, set, "GUARDIAN_CONSENT");
        }
        if (data.sellsOrSharesPersonalInfo()) {
            fire(out, set, "PERSONAL_INFO_SALE");
        }
        if (data.collectsPersonalInfo() || data.collectsMinorsInfo()) {
            StringJoiner missing = new StringJoiner("、");
            for (DataMeasure m : MEASURES) {
                if (!data.measures().contains(m)) {
                    missing.add(RuleTexts.measureLabel(m));
                }
            }
            if (!isHttpUrl(data.privacyPolicyUrl())) {
                missing.add("隐私政策网址（http(s)）");
            }
            if (missing.length() > 0) {
                fire(out, set, "DATA_PROTECTION", missing.toString());
            }
        }
        String missingOperations = RuleTexts.missingOperations(app.operations());
        if (!missingOperations.isEmpty()) {
            fire(out, set, "OPERATIONS", missingOperations);
        }
        if (!isHttpUrl(app.operations().complaintEntryUrl())) {
            fire(out, set, "COMPLAINT_ENTRY", shown(app.operations().complaintEntryUrl()));
        }
        ConsistencyRules.icp(out, set, app);
        String mlps = app.mlpsFilingNumber() == null ? "" : app.mlpsFilingNumber().trim();
        if (!set.mlpsPattern().matcher(mlps).matches()) {
            fire(out, set, "MLPS_FILING", shown(mlps));
        }
        jurisdiction(out, set, provider.creditCode());
        // API.md: banned while today < banUntil.
        if (provider.bannedUntil() != null && day.isBefore(provider.bannedUntil())) {
            fire(out, set, "PROVIDER_BANNED", provider.bannedUntil().toString());
        }
        if (facts.pkg() != null) {
            ConsistencyRules.packageRules(out, set, app, facts.pkg());
        }
        MaterialRules.check(out, set, facts.materials(), subjectTraining);
        boolean blocking = false;
        for (Finding f : out) {
            if (f.severity() == Severity.BLOCKING) {
                blocking = true;
                break;
            }
        }
        Category category = subjectTraining ? Category.SUBJECT_TRAINING : Category.NON_SUBJECT_TRAINING;
        return new PrecheckResult(inScope ? Scope.IN_SCOPE : Scope.OUT_OF_SCOPE, inScope ? category : null, blocking,
                set.version(), Collections.unmodifiableList(out));
    }

    /**
     * 5号 三（二）: a platform for others' training in a subject of S, or in subjects it does not state. Where the
     * version defines THIRD_PARTY_TRAINING.hosted, only for school-age audiences, and hosted institutions all
     * declared with a permit number leave a warning for the reviewer (the permits are checked by a person).
     */
    private static void thirdPartyTraining(List<Finding> out, RuleSet set, Declaration app) {
        if (!app.features().hostsThirdPartyTraining() || !(app.subjects().isEmpty() || anySubjectOfS(set, app))) {
            return;
        }
        if (set.rule("THIRD_PARTY_TRAINING.hosted") == null) {
            fire(out, set, "THIRD_PARTY_TRAINING");
            return;
        }
        if (!schoolAge(set, app)) {
            return;
        }
        List<Declaration.HostedInstitution> hosted = app.hostedInstitutions();
        if (hosted.isEmpty() || !hosted.stream().allMatch(Declaration.HostedInstitution::permitDeclared)) {
            fire(out, set, "THIRD_PARTY_TRAINING");
            return;
        }
        StringJoiner names = new StringJoiner("、");
        hosted.forEach(h -> names.add(h.name().trim() + "（" + h.permitNumber().trim() + "）"));
        fire(out, set, "THIRD_PARTY_TRAINING.hosted", names.toString());
    }

    /**
     * Measures 第三条、第七条: 单位属地备案, the division digits of the credit code. Where the version defines
     * JURISDICTION.central, division 100000 (registered by a central authority) is a warning naming that authority.
     */
    private static void jurisdiction(List<Finding> out, RuleSet set, String code) {
        if (code.startsWith(set.regionPrefix(), 2)) {
            return;
        }
        if (code.startsWith(CENTRAL_DIVISION, 2) && set.rule("JURISDICTION.central") != null) {
            fire(out, set, "JURISDICTION.central", RuleTexts.registrationAuthorityLabel(code.charAt(0)));
            return;
        }
        fire(out, set, "JURISDICTION", code.length() >= 8 ? code.substring(2, 8) : code);
    }

    /** 5号 二(一): users mainly staff, students, parents; scenarios education; not a general-purpose tool. */
    static boolean inScope(Declaration app) {
        if (app.generalPurposeTool()) {
            return false;
        }
        boolean audience = false;
        for (Audience a : app.audiences()) {
            if (a != Audience.GENERAL_PUBLIC) {
                audience = true;
                break;
            }
        }
        if (!audience) {
            return false;
        }
        for (Scenario s : app.scenarios()) {
            if (s != Scenario.OTHER) {
                return true;
            }
        }
        return false;
    }

    /** 5号 二(二): training in a subject of S, given by the app itself, to school-age learners (高中 included). */
    static boolean subjectTraining(RuleSet set, Declaration app) {
        return app.offersSubjectTraining() && anySubjectOfS(set, app) && schoolAge(set, app);
    }

    private static boolean schoolAge(RuleSet set, Declaration app) {
        for (Audience a : app.audiences()) {
            if (set.schoolAge().contains(a)) {
                return true;
            }
        }
        return false;
    }

    private static boolean anySubjectOfS(RuleSet set, Declaration app) {
        for (Subject s : app.subjects()) {
            if (set.subjects().contains(s)) {
                return true;
            }
        }
        return false;
    }

    private static String nonSubjectReason(RuleSet set, Declaration app) {
        if (!app.offersSubjectTraining()) {
            return "应用本身不提供培训";
        }
        if (!anySubjectOfS(set, app)) {
            return "所涉科目不属于学科类（体育与健康、艺术、综合实践活动等为非学科）";
        }
        return "主要用户不是中小学生";
    }

    private static String subjectNames(RuleSet set, Declaration app) {
        StringJoiner names = new StringJoiner("、");
        for (Subject s : app.subjects()) {
            if (set.subjects().contains(s)) {
                names.add(RuleTexts.subjectLabel(s));
            }
        }
        return names.toString();
    }

    private static boolean holdsLicence(RuleSet set, String ruleId, ProviderFacts provider, LocalDate day) {
        RuleDefinition rule = set.rule(ruleId);
        LicenceType type = rule == null ? null : rule.licence();
        return type != null && provider.holdsValid(type, day);
    }

    /** Adds the rule's finding when the version defines it and has it in force; {n} in its message is args[n]. */
    static void fire(List<Finding> out, RuleSet set, String id, String... args) {
        RuleDefinition rule = set.rule(id);
        if (rule == null || !rule.active()) {
            return;
        }
        String message = rule.message();
        for (int i = 0; i < args.length && i < PLACEHOLDERS.length; i++) {
            String placeholder = PLACEHOLDERS[i];
            if (message.contains(placeholder)) {
                message = message.replace(placeholder, args[i]);
            }
        }
        out.add(new Finding(rule.ruleId(), rule.clause(), rule.severity(), message));
    }
}
