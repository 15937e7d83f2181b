package cn.eduapp.registry.rules.internal;

import cn.eduapp.registry.rules.Audience;
import cn.eduapp.registry.rules.Category;
import cn.eduapp.registry.rules.DataMeasure;
import cn.eduapp.registry.rules.Declaration;
import cn.eduapp.registry.rules.Finding;
import cn.eduapp.registry.rules.PackageFacts;
import cn.eduapp.registry.rules.PlatformType;
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
                    "应用本身面向中小学生提供" + subjectNames(set, app) + "学科培训，提供者须满足京教信〔2022〕5号 三(一) 的条件");
        } else {
            fire(out, set, "CATEGORY", "非学科培训类", nonSubjectReason(set, app));
        }
        // 5号 三(一): who may offer subject training, and with which licences.
        if (subjectTraining) {
            if (provider.legalPersonType() != LegalPersonType.NON_PROFIT) {
                fire(out, set, "SUBJECT_NON_PROFIT", legalPersonLabel(provider.legalPersonType()));
            }
            String code = provider.creditCode();
            boolean civilAffairs = (!code.isEmpty() && set.civilAffairsAuthority(code.charAt(0)))
                    || holdsLicence(set, "SUBJECT_CIVIL_AFFAIRS", provider, day);
            if (!civilAffairs) {
                fire(out, set, "SUBJECT_CIVIL_AFFAIRS");
            }
            if (!holdsLicence(set, "SUBJECT_SCHOOL_LICENCE", provider, day)) {
                fire(out, set, "SUBJECT_SCHOOL_LICENCE", licenceState(set, "SUBJECT_SCHOOL_LICENCE", provider, day));
            }
            if (!holdsLicence(set, "SUBJECT_ONLINE_PERMIT", provider, day)) {
                fire(out, set, "SUBJECT_ONLINE_PERMIT", licenceState(set, "SUBJECT_ONLINE_PERMIT", provider, day));
            }
        }
        Declaration.Features features = app.features();
        // 5号 三(二): a platform for others' training in a subject of S, or in subjects it does not state.
        if (features.hostsThirdPartyTraining() && (app.subjects().isEmpty() || anySubjectOfS(set, app))) {
            fire(out, set, "THIRD_PARTY_TRAINING");
        }
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
                    missing.add(measureLabel(m));
                }
            }
            if (!isHttpUrl(data.privacyPolicyUrl())) {
                missing.add("隐私政策网址（http(s)）");
            }
            if (missing.length() > 0) {
                fire(out, set, "DATA_PROTECTION", missing.toString());
            }
        }
        String missingOperations = missingOperations(app.operations());
        if (!missingOperations.isEmpty()) {
            fire(out, set, "OPERATIONS", missingOperations);
        }
        if (!isHttpUrl(app.operations().complaintEntryUrl())) {
            fire(out, set, "COMPLAINT_ENTRY", shown(app.operations().complaintEntryUrl()));
        }
        icp(out, set, app);
        String mlps = app.mlpsFilingNumber() == null ? "" : app.mlpsFilingNumber().trim();
        if (!set.mlpsPattern().matcher(mlps).matches()) {
            fire(out, set, "MLPS_FILING", shown(mlps));
        }
        // Measures 第三条、第七条: 单位属地备案, the division digits of the credit code.
        String code = provider.creditCode();
        if (!code.startsWith(set.regionPrefix(), 2)) {
            fire(out, set, "JURISDICTION", code.length() >= 8 ? code.substring(2, 8) : code);
        }
        // API.md: banned while today < banUntil.
        if (provider.bannedUntil() != null && day.isBefore(provider.bannedUntil())) {
            fire(out, set, "PROVIDER_BANNED", provider.bannedUntil().toString());
        }
        if (facts.pkg() != null) {
            packageRules(out, set, app, facts.pkg());
        }
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

    /** What the package shows against what the declaration says (issue 10). */
    private static void packageRules(List<Finding> out, RuleSet set, Declaration app, PackageFacts pkg) {
        if (!app.features().advertising() && pkg.has("ADVERTISING")) {
            fire(out, set, "PACKAGE_ADVERTISING_SDK", pkg.names("ADVERTISING"));
        }
        if (!app.features().gameLinks() && pkg.has("GAME_ENGINE")) {
            fire(out, set, "PACKAGE_GAME_ENGINE", pkg.names("GAME_ENGINE"));
        }
        if (pkg.has("PHOTO_SEARCH_OCR") && pkg.cameraPermission() && pkg.questionSearchStrings()) {
            fire(out, set, "PACKAGE_PHOTO_SEARCH", pkg.names("PHOTO_SEARCH_OCR"));
        }
        List<String> declared = app.platforms().stream().filter(p -> p.type() == PlatformType.ANDROID)
                .map(Declaration.Platform::identifier).toList();
        // An Android package belongs to a declared Android identifier; none declared is a mismatch too.
        if (!declared.contains(pkg.packageName())) {
            fire(out, set, "PACKAGE_NAME_MISMATCH", pkg.packageName(),
                    declared.isEmpty() ? "未申报安卓平台" : String.join("、", declared));
        }
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
        if (!app.offersSubjectTraining() || !anySubjectOfS(set, app)) {
            return false;
        }
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
            return "所涉科目不属于学科类（体育、艺术、综合实践等为非学科）";
        }
        return "主要用户不是中小学生";
    }

    private static String subjectNames(RuleSet set, Declaration app) {
        StringJoiner names = new StringJoiner("、");
        for (Subject s : app.subjects()) {
            if (set.subjects().contains(s)) {
                names.add(subjectLabel(s));
            }
        }
        return names.toString();
    }

    private static boolean holdsLicence(RuleSet set, String ruleId, ProviderFacts provider, LocalDate day) {
        RuleDefinition rule = set.rule(ruleId);
        LicenceType type = rule == null ? null : rule.licence();
        return type != null && provider.holdsValid(type, day);
    }

    /** Why the provider's licence of that type does not count today: missing, not yet valid, expired, withdrawn. */
    private static String licenceState(RuleSet set, String ruleId, ProviderFacts provider, LocalDate day) {
        RuleDefinition rule = set.rule(ruleId);
        LicenceType type = rule == null ? null : rule.licence();
        String state = "未添加";
        for (ProviderFacts.LicenceFact l : provider.licences()) {
            if (l.type() != type) {
                continue;
            }
            if (l.withdrawn()) {
                state = "已被发证机关撤销";
            } else if (day.isBefore(l.validFrom())) {
                state = "尚未生效（" + l.validFrom() + " 起有效）";
            } else if (day.isAfter(l.validUntil())) {
                state = "已于 " + l.validUntil() + " 到期";
            }
        }
        return state;
    }

    private static void icp(List<Finding> out, RuleSet set, Declaration app) {
        String icp = app.icpFilingNumber() == null ? "" : app.icpFilingNumber().trim();
        if (!set.icpPattern().matcher(icp).matches()) {
            fire(out, set, "ICP_FILING", shown(icp));
            return;
        }
        char last = icp.charAt(icp.length() - 1);
        String suffix = last == 'A' || last == 'X' ? String.valueOf(last) : "";
        if (app.platforms().isEmpty()) {
            return;
        }
        StringJoiner expected = new StringJoiner("、");
        for (Declaration.Platform p : app.platforms()) {
            String e = expectedSuffix(p.type());
            if (e.equals(suffix)) {
                return;
            }
            expected.add(e.isEmpty() ? "无后缀" : e);
        }
        fire(out, set, "ICP_FILING.suffix", icp, expected.toString());
    }

    /** Measures; 5号 四(二): A for apps, X for mini programs, no suffix for H5 sites. */
    static String expectedSuffix(PlatformType type) {
        return switch (type) {
            case ANDROID, IOS, HARMONYOS -> "A";
            case MINI_PROGRAM -> "X";
            case H5 -> "";
        };
    }

    private static String missingOperations(Declaration.Operations o) {
        StringJoiner missing = new StringJoiner("、");
        if (!o.contentReview()) {
            missing.add("信息内容审核管理机制");
        }
        if (!o.accountManagement()) {
            missing.add("账号管理措施");
        }
        if (!o.emergencyResponse()) {
            missing.add("应急处置措施");
        }
        if (!o.staffing()) {
            missing.add("与服务规模相适应的专业人员");
        }
        if (!o.publishedRules()) {
            missing.add("公开的管理规则和平台公约");
        }
        if (!o.userAgreement()) {
            missing.add("与注册用户签订的服务协议");
        }
        return missing.toString();
    }

    /** An http or https URL with a host (no user info) and no whitespace. */
    static boolean isHttpUrl(@Nullable String url) {
        if (url == null) {
            return false;
        }
        String u = url.trim();
        int hostStart;
        if (u.regionMatches(true, 0, "https://", 0, 8)) {
            hostStart = 8;
        } else if (u.regionMatches(true, 0, "http://", 0, 7)) {
            hostStart = 7;
        } else {
            return false;
        }
        int hostEnd = hostStart;
        while (hostEnd < u.length() && "/?#".indexOf(u.charAt(hostEnd)) < 0) {
            if (u.charAt(hostEnd) == '@') {
                return false;
            }
            hostEnd++;
        }
        if (hostEnd == hostStart) {
            return false;
        }
        for (int i = 0; i < u.length(); i++) {
            if (Character.isWhitespace(u.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static String shown(@Nullable String value) {
        return value == null || value.isBlank() ? "未填写" : value.trim();
    }

    private static String measureLabel(DataMeasure m) {
        return switch (m) {
            case COLLECTION -> "收集环节保障";
            case STORAGE -> "存储环节保障";
            case TRANSMISSION -> "传输环节保障";
            case USE -> "使用环节保障";
        };
    }

    private static String legalPersonLabel(LegalPersonType t) {
        return switch (t) {
            case FOR_PROFIT -> "营利法人";
            case NON_PROFIT -> "非营利法人";
            case SPECIAL -> "特别法人";
        };
    }

    static String subjectLabel(Subject s) {
        return switch (s) {
            case MORALITY_AND_LAW -> "道德与法治";
            case CHINESE -> "语文";
            case HISTORY -> "历史";
            case GEOGRAPHY -> "地理";
            case MATHEMATICS -> "数学";
            case ENGLISH -> "英语";
            case JAPANESE -> "日语";
            case RUSSIAN -> "俄语";
            case PHYSICS -> "物理";
            case CHEMISTRY -> "化学";
            case BIOLOGY -> "生物";
            case PHYSICAL_EDUCATION -> "体育";
            case ARTS -> "艺术";
            case MUSIC -> "音乐";
            case FINE_ARTS -> "美术";
            case COMPREHENSIVE_PRACTICE -> "综合实践活动";
            case INFORMATION_TECHNOLOGY -> "信息技术";
            case LABOUR_AND_TECHNOLOGY -> "劳动与技术";
            case OTHER -> "其他";
        };
    }

    /** Adds the rule's finding when the version defines it and has it in force; {n} in its message is args[n]. */
    private static void fire(List<Finding> out, RuleSet set, String id, String... args) {
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
