package cn.eduapp.registry.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.eduapp.registry.filing.internal.domain.Filing;
import cn.eduapp.registry.filing.internal.domain.IllegalTransition;
import cn.eduapp.registry.rules.Category;
import cn.eduapp.registry.rules.Declaration;
import cn.eduapp.registry.rules.PlatformType;
import cn.eduapp.registry.rules.PrecheckResult;
import cn.eduapp.registry.rules.Scope;
import cn.eduapp.registry.shared.Actor;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every step of DOMAIN.md's lifecycle, legal and illegal, on the aggregate alone. */
class FilingLifecycleTest {

    static final Actor PROVIDER = new Actor("provider", "p1");
    static final Actor CITY = new Actor("city-reviewer", "city");
    static final Actor MOE = new Actor("moe-reviewer", "moe");
    static final Instant NOW = Instant.parse("2026-06-01T02:00:00Z");
    static final PrecheckResult CLEAN = new PrecheckResult(Scope.IN_SCOPE, Category.NON_SUBJECT_TRAINING, false, "t", List.of());
    static final PrecheckResult BLOCKED = new PrecheckResult(Scope.IN_SCOPE, Category.NON_SUBJECT_TRAINING, true, "t", List.of());

    /** Each step, as the aggregate offers it. */
    static final Map<String, Consumer<Filing>> STEPS = Map.ofEntries(
            Map.entry("edit", f -> f.edit(declaration("新名称"), PROVIDER, NOW)),
            Map.entry("submit", f -> f.submit(CLEAN, PROVIDER, NOW)),
            Map.entry("cityApprove", f -> f.cityApprove(CITY, null, NOW)),
            Map.entry("cityReturn", f -> f.cityReturn(CITY, "请补充", NOW)),
            Map.entry("cityReject", f -> f.cityReject(CITY, "不符合", NOW)),
            Map.entry("register", f -> f.register("教APP备1100001号", MOE, null, NOW)),
            Map.entry("moeReject", f -> f.moeReject(MOE, "不符合", NOW)),
            Map.entry("cancel", f -> f.cancel(PROVIDER, null, NOW)),
            Map.entry("orderRectification", f -> f.orderRectification(CITY, "广告", NOW)),
            Map.entry("rectificationAccepted", f -> f.rectificationAccepted(CITY, null, NOW)),
            Map.entry("revoke", f -> f.revoke(CITY, "逾期未整改", NOW)));

    /** Which statuses each step is legal from (DOMAIN.md). */
    static final Map<String, EnumSet<FilingStatus>> LEGAL = Map.ofEntries(
            Map.entry("edit", EnumSet.of(FilingStatus.DRAFT, FilingStatus.RETURNED)),
            Map.entry("submit", EnumSet.of(FilingStatus.DRAFT, FilingStatus.RETURNED)),
            Map.entry("cityApprove", EnumSet.of(FilingStatus.CITY_REVIEW)),
            Map.entry("cityReturn", EnumSet.of(FilingStatus.CITY_REVIEW)),
            Map.entry("cityReject", EnumSet.of(FilingStatus.CITY_REVIEW)),
            Map.entry("register", EnumSet.of(FilingStatus.MOE_REVIEW)),
            Map.entry("moeReject", EnumSet.of(FilingStatus.MOE_REVIEW)),
            Map.entry("cancel", EnumSet.of(FilingStatus.DRAFT, FilingStatus.RETURNED, FilingStatus.CITY_REVIEW,
                    FilingStatus.MOE_REVIEW, FilingStatus.REGISTERED)),
            Map.entry("orderRectification", EnumSet.of(FilingStatus.REGISTERED)),
            Map.entry("rectificationAccepted", EnumSet.of(FilingStatus.UNDER_RECTIFICATION)),
            Map.entry("revoke", EnumSet.of(FilingStatus.REGISTERED, FilingStatus.UNDER_RECTIFICATION)));

    static Declaration declaration(String name) {
        return new Declaration(name, null, null, List.of(new Declaration.Platform(PlatformType.ANDROID, "com.example.app")),
                null, null, null, false, false, null, null, null, null, null);
    }

    static Filing in(FilingStatus status) {
        return new Filing("f1", "p1", "提供者", status, declaration("应用"), null, null, null, NOW, NOW, null, null, 3);
    }

    @ParameterizedTest
    @EnumSource(FilingStatus.class)
    void eachStepIsLegalExactlyFromTheStatusesDomainMdAllows(FilingStatus from) {
        STEPS.forEach((name, step) -> {
            Filing f = in(from);
            if (LEGAL.get(name).contains(from)) {
                step.accept(f);
                assertThat(f.newHistory()).as(name + " from " + from).hasSize(1);
                assertThat(f.newHistory().get(0).fromStatus()).isEqualTo(from);
            } else {
                assertThatThrownBy(() -> step.accept(f)).as(name + " from " + from).isInstanceOf(IllegalTransition.class);
                assertThat(f.status()).isEqualTo(from);
                assertThat(f.newHistory()).isEmpty();
            }
        });
    }

    @Test
    void draftToRegisteredRecordsEveryTransitionWithWhoAndWhy() {
        Filing f = Filing.draft("f1", "p1", "提供者", declaration("应用"), PROVIDER, NOW);
        f.submit(CLEAN, PROVIDER, NOW);
        f.cityReturn(CITY, "请补充隐私政策", NOW);
        f.edit(declaration("应用2"), PROVIDER, NOW);
        f.submit(CLEAN, PROVIDER, NOW);
        f.cityApprove(CITY, "同意", NOW);
        f.register("教APP备1100001号", MOE, null, NOW);

        assertThat(f.status()).isEqualTo(FilingStatus.REGISTERED);
        assertThat(f.filingNumber()).isEqualTo("教APP备1100001号");
        assertThat(f.category()).isEqualTo(Category.NON_SUBJECT_TRAINING);
        assertThat(f.newHistory()).extracting(HistoryEntry::action).containsExactly(
                "CREATED", "SUBMITTED", "CITY_RETURNED", "EDITED", "SUBMITTED", "CITY_APPROVED", "MOE_REGISTERED");
        assertThat(f.newHistory().get(2).comment()).isEqualTo("请补充隐私政策");
        assertThat(f.newHistory().get(2).actor()).isEqualTo("city-reviewer");
    }

    @Test
    void returnAndRejectionNeedAComment() {
        assertThatThrownBy(() -> in(FilingStatus.CITY_REVIEW).cityReturn(CITY, " ", NOW)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> in(FilingStatus.CITY_REVIEW).cityReject(CITY, null, NOW)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> in(FilingStatus.MOE_REVIEW).moeReject(MOE, "", NOW)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aBlockingPrecheckCannotBeSubmitted() {
        Filing f = in(FilingStatus.DRAFT);
        assertThatThrownBy(() -> f.submit(BLOCKED, PROVIDER, NOW)).isInstanceOf(IllegalArgumentException.class);
        assertThat(f.status()).isEqualTo(FilingStatus.DRAFT);
    }

    @Test
    void revocationStampsTheDate() {
        Filing f = in(FilingStatus.UNDER_RECTIFICATION);
        f.revoke(CITY, "逾期未整改", NOW);
        assertThat(f.status()).isEqualTo(FilingStatus.REVOKED);
        assertThat(f.revokedAt()).isEqualTo(NOW);
    }
}
