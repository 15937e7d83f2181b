package cn.eduapp.registry.rules.internal;

import cn.eduapp.registry.rules.Finding;
import cn.eduapp.registry.rules.MaterialKind;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * The rule MATERIALS (issue 21), where a version defines it: a submission carries the signed 承诺书 (the undertakings
 * of 5号 三 the platform cannot check), the ICP and 等保 proofs (教技厅〔2019〕3号 三), and for subject training the
 * licences' copies (5号 三（一）). Not evaluated where the facts carry no materials (re-checks, inspections).
 */
final class MaterialRules {

    /** Required of every filing, in the order a finding names them. */
    static final List<MaterialKind> REQUIRED = List.of(MaterialKind.COMMITMENT_LETTER, MaterialKind.ICP_PROOF,
            MaterialKind.MLPS_PROOF);

    private MaterialRules() {
    }

    static void check(List<Finding> out, RuleSet set, @Nullable Set<MaterialKind> present, boolean subjectTraining) {
        if (present == null || set.rule("MATERIALS") == null) {
            return;
        }
        StringJoiner missing = new StringJoiner("、");
        for (MaterialKind k : REQUIRED) {
            if (!present.contains(k)) {
                missing.add(label(k));
            }
        }
        if (subjectTraining && !present.contains(MaterialKind.LICENCE_COPY)) {
            missing.add(label(MaterialKind.LICENCE_COPY));
        }
        if (missing.length() > 0) {
            RuleEngine.fire(out, set, "MATERIALS", missing.toString());
        }
    }

    /** The name a finding gives a missing material (the filing pages use the same words). */
    static String label(MaterialKind k) {
        return switch (k) {
            case COMMITMENT_LETTER -> "签字盖章的承诺书";
            case ICP_PROOF -> "ICP 备案证明";
            case MLPS_PROOF -> "网络安全等级保护备案证明";
            case PRIVACY_POLICY -> "隐私政策";
            case USER_AGREEMENT -> "用户服务协议";
            case PLATFORM_RULES -> "管理规则和平台公约";
            case LICENCE_COPY -> "办学许可证及中小学线上学科培训许可证复印件";
            case OTHER -> "其他材料";
        };
    }
}
