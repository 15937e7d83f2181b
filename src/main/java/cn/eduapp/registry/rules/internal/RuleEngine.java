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
import java.util.List;
import java.util.StringJoiner;
import java.util.regex.Matcher;

/**
 * The rules of DOMAIN.md as code; their clauses, severities, messages, the subject list S and the
 * school-age stages come from the rule set. A pure function: no I/O, no clock, no state.
 */
public final class RuleEngine {

    private RuleEngine() {
    }

    public static PrecheckResult evaluate(RuleSet set, PrecheckFacts facts) {
        Declaration app = facts.app();
        ProviderFacts provider = facts.provider();
        LocalDate day = facts.day();
        List<Finding> out = new ArrayList<>();

        boolean inScope = inScope(app);
        boolean subjectTraining = subjectTraining(set, app);
        Category category = subjectTraining ? Category.SUBJECT_TRAINING : Category.NON_SUBJECT_TRAINING;

        if (!inScope) {
            fire(out, set, "SCOPE");
        } else {
            fire(out, set, "CATEGORY", subjectTraining ? "学科培训类（中小学学科）" : "非学科培训类");
        }
        if (subjectTraining) {
            if (provider.legalPersonType() != LegalPersonType.NON_PROFIT) {
                fire(out, set, "SUBJECT_NON_PROFIT", legalPersonLabel(provider.legalPersonType()));
            }
            boolean civilAffairs = provider.creditCode().startsWith("5")
                    || provider.holdsValid(LicenceType.CIVIL_AFFAIRS_REGISTRATION, day);
            if (!civilAffairs) {
                fire(out, set, "SUBJECT_CIVIL_AFFAIRS");
            }
            licenceRule(out, set, "SUBJECT_SCHOOL_LICENCE", provider, day);
            licenceRule(out, set, "SUBJECT_ONLINE_PERMIT", provider, day);
        }
        if (app.features().hostsThirdPartyTraining()
                && (app.subjects().isEmpty() || app.subjects().stream().anyMatch(set.subjects()::contains))) {
            fire(out, set, "THIRD_PARTY_TRAINING");
        }
        if (app.features().photoSearch()) {
            fire(out, set, "PHOTO_SEARCH");
        }
        if (app.audiences().contains(Audience.PRESCHOOL) && app.offersSubjectTraining()) {
            fire(out, set, "PRESCHOOL_TRAINING");
        }
        if (app.features().advertising()) {
            fire(out, set, "ADVERTISING");
        }
        if (app.features().gameLinks()) {
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
            for (DataMeasure m : DataMeasure.values()) {
                if (!data.measures().contains(m)) {
                    missing.add(measureLabel(m));
                }
            }
            if (!isHttpUrl(data.privacyPolicyUrl())) {
                missing.add("隐私政策网址");
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
            fire(out, set, "COMPLAINT_ENTRY");
        }
        icp(out, set, app);
        String mlps = app.mlpsFilingNumber();
        if (mlps == null || !set.mlpsPattern().matcher(mlps.trim()).matches()) {
            fire(out, set, "MLPS_FILING", mlps == null || mlps.isBlank() ? "未填写" : mlps);
        }
        if (!provider.creditCode().startsWith(set.regionPrefix(), 2)) {
            fire(out, set, "JURISDICTION", provider.creditCode().length() >= 8 ? provider.creditCode().substring(2, 8) : "");
        }
        if (provider.bannedUntil() != null && day.isBefore(provider.bannedUntil())) {
            fire(out, set, "PROVIDER_BANNED", provider.bannedUntil().toString());
        }
        if (facts.pkg() != null) {
            packageRules(out, set, app, facts.pkg());
        }
        boolean blocking = out.stream().anyMatch(f -> f.severity() == Severity.BLOCKING);
        return new PrecheckResult(inScope ? Scope.IN_SCOPE : Scope.OUT_OF_SCOPE, inScope ? category : null, blocking,
                set.version(), List.copyOf(out));
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
        if (!declared.isEmpty() && !declared.contains(pkg.packageName())) {
            fire(out, set, "PACKAGE_NAME_MISMATCH", pkg.packageName(), String.join("、", declared));
        }
    }

    /** 5号 二(一): users mainly staff, students, parents; scenarios education; not a general-purpose tool. */
    static boolean inScope(Declaration app) {
        return !app.generalPurposeTool()
                && app.audiences().stream().anyMatch(a -> a != Audience.GENERAL_PUBLIC)
                && app.scenarios().stream().anyMatch(s -> s != Scenario.OTHER);
    }

    /** 5号 二(二): training in a subject of S, given by the app itself, to school-age learners. */
    static boolean subjectTraining(RuleSet set, Declaration app) {
        return app.offersSubjectTraining()
                && app.subjects().stream().anyMatch(set.subjects()::contains)
                && app.audiences().stream().anyMatch(set.schoolAge()::contains);
    }

    private static void licenceRule(List<Finding> out, RuleSet set, String id, ProviderFacts provider, LocalDate day) {
        RuleDefinition rule = set.rule(id);
        if (rule.licence() != null && !provider.holdsValid(LicenceType.valueOf(rule.licence()), day)) {
            fire(out, set, id);
        }
    }

    private static void icp(List<Finding> out, RuleSet set, Declaration app) {
        String icp = app.icpFilingNumber() == null ? "" : app.icpFilingNumber().trim();
        Matcher m = set.icpPattern().matcher(icp);
        if (!m.matches()) {
            fire(out, set, "ICP_FILING", icp.isEmpty() ? "未填写" : icp);
            return;
        }
        char last = icp.charAt(icp.length() - 1);
        String suffix = last == 'A' || last == 'X' ? String.valueOf(last) : "";
        boolean fits = app.platforms().isEmpty() || app.platforms().stream().anyMatch(p -> expectedSuffix(p.type()).equals(suffix));
        if (!fits) {
            fire(out, set, "ICP_FILING.suffix", icp);
        }
    }

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

    static boolean isHttpUrl(String url) {
        if (url == null) {
            return false;
        }
        String u = url.trim();
        return (u.startsWith("https://") || u.startsWith("http://")) && u.length() > u.indexOf("//") + 3
                && u.chars().noneMatch(Character::isWhitespace);
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

    private static void fire(List<Finding> out, RuleSet set, String id, String... args) {
        RuleDefinition rule = set.rule(id);
        if (!rule.inForce()) {
            return;
        }
        String message = rule.message();
        for (int i = 0; i < args.length; i++) {
            message = message.replace("{" + i + "}", args[i]);
        }
        out.add(new Finding(rule.ruleId(), rule.clause(), rule.severity(), message));
    }

    static boolean isSubject(RuleSet set, Subject s) {
        return set.subjects().contains(s);
    }
}
