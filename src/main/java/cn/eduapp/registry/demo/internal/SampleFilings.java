package cn.eduapp.registry.demo.internal;

import cn.eduapp.registry.demo.internal.SampleApps.Kind;
import cn.eduapp.registry.filing.CityDecision;
import cn.eduapp.registry.filing.FilingManagement;
import cn.eduapp.registry.filing.FilingView;
import cn.eduapp.registry.filing.MoeDecision;
import cn.eduapp.registry.filing.RevisionManagement;
import cn.eduapp.registry.filing.RevisionView;
import cn.eduapp.registry.rules.Declaration;
import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.document.UploadedFile;
import cn.eduapp.registry.filing.MaterialManagement;
import cn.eduapp.registry.rules.MaterialKind;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Filings taken through the real review steps to where each sample should stand: drafts, in city review,
 * returned, rejected by the city or nationally, in national review, registered, cancelled. Enforcement
 * later puts some registered ones under rectification and revokes one.
 */
@Component
class SampleFilings {

    /** Where a sample filing is left. */
    enum Stage { DRAFT, CITY_REVIEW, RETURNED, CITY_REJECTED, MOE_REVIEW, MOE_REJECTED, REGISTERED, CANCELLED }

    private record Sample(int provider, String name, Kind kind, Stage stage) {
    }

    /** A seeded filing: its provider (index), id, where it stands and its number once registered. */
    record Seeded(int provider, String id, String name, Stage stage, String filingNumber) {
    }

    private static final List<Sample> SAMPLES = List.of(
            new Sample(0, "启明体育打卡", Kind.SPORTS, Stage.REGISTERED),
            new Sample(0, "启明家校通", Kind.HOME_SCHOOL, Stage.REGISTERED),
            new Sample(0, "启明美育课堂", Kind.ARTS, Stage.REGISTERED),
            new Sample(0, "启明劳动实践", Kind.PRACTICE, Stage.DRAFT),
            new Sample(0, "启明校园管家", Kind.MANAGEMENT, Stage.DRAFT),
            new Sample(0, "启明跳绳挑战", Kind.SPORTS, Stage.RETURNED),
            new Sample(0, "启明合唱团", Kind.ARTS, Stage.RETURNED),
            new Sample(0, "启明研学记录", Kind.PRACTICE, Stage.CITY_REVIEW),
            new Sample(0, "启明课后服务", Kind.MANAGEMENT, Stage.CITY_REVIEW),
            new Sample(0, "启明亲子阅读会", Kind.HOME_SCHOOL, Stage.MOE_REVIEW),
            new Sample(0, "启明旧版家校通", Kind.HOME_SCHOOL, Stage.CANCELLED),
            new Sample(0, "启明游戏化运动", Kind.SPORTS, Stage.CITY_REJECTED),
            new Sample(1, "星河体质健康", Kind.SPORTS, Stage.REGISTERED),
            new Sample(1, "星河智慧校园", Kind.MANAGEMENT, Stage.REGISTERED),
            new Sample(1, "星河书法美育", Kind.ARTS, Stage.REGISTERED),
            new Sample(1, "星河家长课堂", Kind.HOME_SCHOOL, Stage.REGISTERED),
            new Sample(1, "星河社会实践", Kind.PRACTICE, Stage.DRAFT),
            new Sample(1, "星河足球训练营", Kind.SPORTS, Stage.CITY_REVIEW),
            new Sample(1, "星河器乐陪练", Kind.ARTS, Stage.CITY_REVIEW),
            new Sample(1, "星河宿舍管理", Kind.MANAGEMENT, Stage.MOE_REVIEW),
            new Sample(1, "星河班级圈", Kind.HOME_SCHOOL, Stage.MOE_REVIEW),
            new Sample(1, "星河成长档案", Kind.PRACTICE, Stage.MOE_REJECTED),
            new Sample(1, "星河旧版体育", Kind.SPORTS, Stage.CANCELLED),
            new Sample(1, "星河小小画家", Kind.ARTS, Stage.RETURNED),
            new Sample(2, "知行户外课堂", Kind.PRACTICE, Stage.REGISTERED),
            new Sample(2, "知行篮球联盟", Kind.SPORTS, Stage.REGISTERED),
            new Sample(2, "知行戏剧社", Kind.ARTS, Stage.REGISTERED),
            new Sample(2, "知行家校共育", Kind.HOME_SCHOOL, Stage.REGISTERED),
            new Sample(2, "知行选课排课", Kind.MANAGEMENT, Stage.REGISTERED),
            new Sample(2, "知行志愿服务", Kind.PRACTICE, Stage.CITY_REVIEW),
            new Sample(2, "知行游泳课", Kind.SPORTS, Stage.CITY_REVIEW),
            new Sample(2, "知行民乐团", Kind.ARTS, Stage.MOE_REVIEW),
            new Sample(2, "知行午餐订餐", Kind.MANAGEMENT, Stage.DRAFT),
            new Sample(2, "知行科学营", Kind.PRACTICE, Stage.RETURNED),
            new Sample(SampleProviders.BLACKLISTED, "乐学运动会", Kind.SPORTS, Stage.REGISTERED),
            new Sample(SampleProviders.BLACKLISTED, "乐学家校圈", Kind.HOME_SCHOOL, Stage.REGISTERED));

    static final int COUNT = SAMPLES.size();

    /** The samples' scanned materials stand in as one small PDF (the demo shows the list, not the scans). */
    private static final byte[] SAMPLE_PDF = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"
            .getBytes(StandardCharsets.ISO_8859_1);
    private static final List<MaterialKind> SAMPLE_MATERIALS = List.of(MaterialKind.COMMITMENT_LETTER,
            MaterialKind.ICP_PROOF, MaterialKind.MLPS_PROOF, MaterialKind.PRIVACY_POLICY);

    private final FilingManagement filings;
    private final RevisionManagement revisions;
    private final MaterialManagement materials;

    SampleFilings(FilingManagement filings, RevisionManagement revisions, MaterialManagement materials) {
        this.filings = filings;
        this.revisions = revisions;
        this.materials = materials;
    }

    /** The materials every sample carries (issue 21: the rule MATERIALS asks for the first three). */
    private FilingView withMaterials(FilingView draft, CurrentUser provider) {
        for (MaterialKind k : SAMPLE_MATERIALS) {
            UploadedFile file = new UploadedFile(materials.label(k) + ".pdf", SAMPLE_PDF);
            materials.add(draft.id(), null, provider, k, () -> file);
        }
        return draft;
    }

    /** Every sample filing, taken to its stage; then one registered filing gets a change waiting for the city. */
    List<Seeded> seed(List<CurrentUser> providers, DemoUsers users) {
        List<Seeded> seeded = new ArrayList<>();
        for (int i = 0; i < SAMPLES.size(); i++) {
            Sample s = SAMPLES.get(i);
            Declaration app = SampleApps.app(s.name(), "cn.demo.app" + (i + 1), s.kind());
            CurrentUser owner = providers.get(s.provider());
            FilingView f = take(withMaterials(filings.create(owner, app), owner), s.stage(), owner, users);
            seeded.add(new Seeded(s.provider(), f.id(), s.name(), s.stage(), f.filingNumber() == null ? "" : f.filingNumber()));
        }
        Seeded changed = registered(seeded, 2).get(0);
        CurrentUser provider = providers.get(changed.provider());
        RevisionView revision = revisions.propose(changed.id(), provider,
                SampleApps.revised(filings.view(changed.id(), provider).app()));
        revisions.submit(changed.id(), revision.id(), provider);
        return seeded;
    }

    /** The registered samples of one provider, in the order above. */
    static List<Seeded> registered(List<Seeded> seeded, int provider) {
        return seeded.stream().filter(s -> s.provider() == provider && s.stage() == Stage.REGISTERED).toList();
    }

    private FilingView take(FilingView draft, Stage stage, CurrentUser provider, DemoUsers users) {
        String id = draft.id();
        if (stage == Stage.DRAFT) {
            return draft;
        }
        FilingView submitted = filings.submit(id, provider);
        return switch (stage) {
            case CITY_REVIEW -> submitted;
            case RETURNED -> filings.cityReview(id, users.city(), CityDecision.RETURN, "请补充隐私政策中未成年人信息的保存期限。");
            case CITY_REJECTED -> filings.cityReview(id, users.city(), CityDecision.REJECT, "应用内含积分兑换游戏道具的功能，与申报内容不符。");
            default -> national(filings.cityReview(id, users.city(), CityDecision.APPROVE, "同意，报教育部备案。"), stage, provider,
                    users);
        };
    }

    private FilingView national(FilingView approved, Stage stage, CurrentUser provider, DemoUsers users) {
        String id = approved.id();
        return switch (stage) {
            case MOE_REVIEW -> approved;
            case MOE_REJECTED -> filings.moeReview(id, users.moe(), MoeDecision.REJECT, "网络安全等级保护备案证明与申报主体不一致。");
            case CANCELLED -> {
                filings.moeReview(id, users.moe(), MoeDecision.REGISTER, null);
                yield filings.cancel(id, provider, "该应用已停止运营。");
            }
            default -> filings.moeReview(id, users.moe(), MoeDecision.REGISTER, null);
        };
    }
}
