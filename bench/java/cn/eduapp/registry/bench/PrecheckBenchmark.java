package cn.eduapp.registry.bench;

import cn.eduapp.registry.rules.Audience;
import cn.eduapp.registry.rules.DataMeasure;
import cn.eduapp.registry.rules.Declaration;
import cn.eduapp.registry.rules.PackageFacts;
import cn.eduapp.registry.rules.PlatformType;
import cn.eduapp.registry.rules.PrecheckFacts;
import cn.eduapp.registry.rules.PrecheckResult;
import cn.eduapp.registry.rules.ProviderFacts;
import cn.eduapp.registry.rules.Scenario;
import cn.eduapp.registry.rules.Subject;
import cn.eduapp.registry.rules.internal.RuleEngine;
import cn.eduapp.registry.rules.internal.RuleSet;
import cn.eduapp.registry.rules.internal.RuleSetDefinition;
import cn.eduapp.registry.shared.LegalPersonType;
import cn.eduapp.registry.shared.LicenceType;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import tools.jackson.databind.json.JsonMapper;

/**
 * The pre-check as the filing module runs it, minus the database: the real 2022.1 rule set applied to a
 * representative subject-training filing (mathematics and English for junior- and senior-secondary pupils,
 * Android and iOS, a licensed non-profit provider, one warning). Reports evaluations per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PrecheckBenchmark {

    private RuleSet ruleSet;
    private PrecheckFacts subjectTraining;
    private PrecheckFacts subjectTrainingWithPackage;

    @Setup
    public void setUp() throws IOException {
        try (InputStream in = PrecheckBenchmark.class.getClassLoader().getResourceAsStream("rules/rule-sets/2022.1.json")) {
            ruleSet = RuleSet.of(JsonMapper.builder().build().readValue(in, RuleSetDefinition.class));
        }
        LocalDate day = LocalDate.of(2025, 6, 1);
        Declaration app = new Declaration("某某同步数学", "初高中数学、英语同步课程与答疑", "3.2.1",
                List.of(new Declaration.Platform(PlatformType.ANDROID, "cn.example.tongbu.math"),
                        new Declaration.Platform(PlatformType.IOS, "cn.example.tongbu.math")),
                List.of(Audience.JUNIOR_SECONDARY, Audience.SENIOR_SECONDARY, Audience.PARENTS),
                List.of(Scenario.STUDENT_LEARNING, Scenario.HOME_SCHOOL),
                List.of(Subject.MATHEMATICS, Subject.ENGLISH),
                true, false,
                new Declaration.Features(false, false, false, false, true),
                new Declaration.DataProtection(true, true, true, "https://example.cn/privacy",
                        List.of(DataMeasure.values()), false),
                new Declaration.Operations(true, true, true, true, true, true, "https://example.cn/complaints"),
                "京ICP备12345678号-3X", "11010899999-00001");
        ProviderFacts provider = new ProviderFacts("52110108MJ0A1B2C3D", LegalPersonType.NON_PROFIT, List.of(
                new ProviderFacts.LicenceFact(LicenceType.SCHOOL_RUNNING_LICENCE, day.minusYears(2), day.plusYears(3), false),
                new ProviderFacts.LicenceFact(LicenceType.ONLINE_SUBJECT_TRAINING_PERMIT, day.minusYears(3), day.minusYears(1), false),
                new ProviderFacts.LicenceFact(LicenceType.ONLINE_SUBJECT_TRAINING_PERMIT, day.minusYears(1), day.plusYears(2), false)),
                null);
        PackageFacts pkg = new PackageFacts("cn.example.tongbu.math", List.of(
                new PackageFacts.DetectedSdk("友盟统计", "ANALYTICS"), new PackageFacts.DetectedSdk("极光推送", "PUSH"),
                new PackageFacts.DetectedSdk("支付宝", "PAYMENT")), true, false);
        subjectTraining = new PrecheckFacts(app, provider, day);
        subjectTrainingWithPackage = new PrecheckFacts(app, provider, day, pkg);
        PrecheckResult check = RuleEngine.evaluate(ruleSet, subjectTraining);
        if (check.blocking() || check.findings().size() != 2) {
            throw new IllegalStateException("the representative filing should pass with CATEGORY and one warning: "
                    + check.findings());
        }
    }

    @Benchmark
    public PrecheckResult subjectTrainingFiling() {
        return RuleEngine.evaluate(ruleSet, subjectTraining);
    }

    @Benchmark
    public PrecheckResult subjectTrainingFilingWithPackage() {
        return RuleEngine.evaluate(ruleSet, subjectTrainingWithPackage);
    }
}
