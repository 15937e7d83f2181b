package cn.eduapp.registry.rules.internal;

import static cn.eduapp.registry.rules.internal.RuleTexts.shown;

import cn.eduapp.registry.rules.Declaration;
import cn.eduapp.registry.rules.Finding;
import cn.eduapp.registry.rules.PackageFacts;
import cn.eduapp.registry.rules.PlatformType;
import java.util.List;
import java.util.StringJoiner;

/** Checks that the declaration agrees with itself and with what is known of the app: its package, its ICP number. */
final class ConsistencyRules {

    private ConsistencyRules() {
    }

    /** What the package shows against what the declaration says (issue 10). */
    static void packageRules(List<Finding> out, RuleSet set, Declaration app, PackageFacts pkg) {
        if (!app.features().advertising() && pkg.has("ADVERTISING")) {
            RuleEngine.fire(out, set, "PACKAGE_ADVERTISING_SDK", pkg.names("ADVERTISING"));
        }
        if (!app.features().gameLinks() && pkg.has("GAME_ENGINE")) {
            RuleEngine.fire(out, set, "PACKAGE_GAME_ENGINE", pkg.names("GAME_ENGINE"));
        }
        if (pkg.has("PHOTO_SEARCH_OCR") && pkg.cameraPermission() && pkg.questionSearchStrings()) {
            RuleEngine.fire(out, set, "PACKAGE_PHOTO_SEARCH", pkg.names("PHOTO_SEARCH_OCR"));
        }
        List<String> declared = app.platforms().stream().filter(p -> p.type() == PlatformType.ANDROID)
                .map(Declaration.Platform::identifier).toList();
        // An Android package belongs to a declared Android identifier; none declared is a mismatch too.
        if (!declared.contains(pkg.packageName())) {
            RuleEngine.fire(out, set, "PACKAGE_NAME_MISMATCH", pkg.packageName(),
                    declared.isEmpty() ? "未申报安卓平台" : String.join("、", declared));
        }
    }

    static void icp(List<Finding> out, RuleSet set, Declaration app) {
        String icp = app.icpFilingNumber() == null ? "" : app.icpFilingNumber().trim();
        if (!set.icpPattern().matcher(icp).matches()) {
            RuleEngine.fire(out, set, "ICP_FILING", shown(icp));
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
        RuleEngine.fire(out, set, "ICP_FILING.suffix", icp, expected.toString());
    }

    /** The numbering of MIIT's APP filing (2023, after 5号): A for apps, X for mini programs, no suffix for H5 sites. */
    static String expectedSuffix(PlatformType type) {
        return switch (type) {
            case ANDROID, IOS, HARMONYOS -> "A";
            case MINI_PROGRAM -> "X";
            case H5 -> "";
        };
    }
}
