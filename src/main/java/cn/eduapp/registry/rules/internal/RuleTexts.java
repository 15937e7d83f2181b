package cn.eduapp.registry.rules.internal;

import cn.eduapp.registry.rules.DataMeasure;
import cn.eduapp.registry.rules.Declaration;
import cn.eduapp.registry.rules.ProviderFacts;
import cn.eduapp.registry.rules.Subject;
import cn.eduapp.registry.shared.LicenceType;
import java.time.LocalDate;
import cn.eduapp.registry.shared.LegalPersonType;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/** The Chinese words the rule engine puts into its findings' placeholders, and the small checks they describe. */
final class RuleTexts {

    private RuleTexts() {
    }

    static String missingOperations(Declaration.Operations o) {
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

    static String shown(@Nullable String value) {
        return value == null || value.isBlank() ? "未填写" : value.trim();
    }

    static String measureLabel(DataMeasure m) {
        return switch (m) {
            case COLLECTION -> "收集环节保障";
            case STORAGE -> "存储环节保障";
            case TRANSMISSION -> "传输环节保障";
            case USE -> "使用环节保障";
        };
    }

    static String legalPersonLabel(LegalPersonType t) {
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
            case PHYSICAL_EDUCATION -> "体育与健康";
            case ARTS -> "艺术";
            case MUSIC -> "音乐";
            case FINE_ARTS -> "美术";
            case COMPREHENSIVE_PRACTICE -> "综合实践活动";
            case INFORMATION_TECHNOLOGY -> "信息技术";
            case LABOUR_AND_TECHNOLOGY -> "劳动与技术";
            case OTHER -> "其他";
        };
    }

    /** Why the provider's licence of that type does not count today: missing, not yet valid, expired, withdrawn. */
    static String licenceState(RuleSet set, String ruleId, ProviderFacts provider, LocalDate day) {
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

    /**
     * Who registered an organisation, from the first character of its credit code (GB 32100-2015 and the
     * registration-authority codes assigned since): named in the JURISDICTION warning for codes of division 100000.
     */
    static String registrationAuthorityLabel(char first) {
        return switch (first) {
            case '1' -> "机构编制部门";
            case '2' -> "外交部门";
            case '3' -> "司法行政部门";
            case '4' -> "文化部门";
            case '5' -> "民政部门";
            case '6' -> "旅游部门";
            case '7' -> "宗教事务部门";
            case '8' -> "工会";
            case '9' -> "市场监督管理部门";
            case 'A' -> "中央军委改革和编制办公室";
            case 'N' -> "农业部门";
            default -> "其他登记管理部门";
        };
    }
}
