package cn.eduapp.registry.demo.internal;

import cn.eduapp.registry.complaint.ComplaintCategory;
import cn.eduapp.registry.complaint.ComplaintFilter;
import cn.eduapp.registry.complaint.ComplaintManagement;
import cn.eduapp.registry.complaint.ComplaintOutcome;
import cn.eduapp.registry.complaint.ComplaintReceipt;
import cn.eduapp.registry.complaint.ComplaintSubmission;
import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.system.web.PageQuery;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Complaints from the public for each of the three handling agencies, some still open and some answered
 * with feedback, taken in and handled as the intake page and the agencies' queues do.
 */
@Component
class SampleComplaints {

    private record Sample(ComplaintCategory category, String appName, String description, @Nullable ComplaintOutcome outcome,
                          String feedback) {
    }

    private static final List<Sample> SAMPLES = List.of(
            new Sample(ComplaintCategory.UNFILED_APP, "超级搜题王", "学校群里有人推荐这个应用，查不到备案号，里面可以拍照搜答案。", null, ""),
            new Sample(ComplaintCategory.ADVERTISING, "启明体育打卡", "打卡页面底部有商业广告弹窗，孩子容易误点。", null, ""),
            new Sample(ComplaintCategory.FEES, "星河智慧校园", "学校统一使用，但要求家长另外购买会员才能查看成绩。", null, ""),
            new Sample(ComplaintCategory.GAME_LINKS, "乐学运动会", "应用里有游戏链接，还提示充值。", ComplaintOutcome.SUBSTANTIATED,
                    "经核查情况属实，已责令整改；提供者拒不整改，已注销其备案并列入黑名单。"),
            new Sample(ComplaintCategory.HARMFUL_CONTENT, "知行戏剧社", "剧目视频中有不适合小学生的内容。", ComplaintOutcome.UNSUBSTANTIATED,
                    "经核查，相关视频面向高中学生并已设置年龄提示，未发现违规内容。"),
            new Sample(ComplaintCategory.ICP_FILING, "超级搜题王", "该应用未标注ICP备案号。", null, ""),
            new Sample(ComplaintCategory.ICP_FILING, "知行篮球联盟", "应用公示的ICP备案号查询不到。", ComplaintOutcome.UNSUBSTANTIATED,
                    "经核查，该应用的ICP备案号有效，可在工业和信息化部政务服务平台查询。"),
            new Sample(ComplaintCategory.APP_STORE_LISTING, "乐学家校圈", "提供者已被列入黑名单，应用商店里仍能下载。", null, ""),
            new Sample(ComplaintCategory.APP_STORE_LISTING, "超级搜题王", "多个应用商店在首页推荐该应用。", null, ""),
            new Sample(ComplaintCategory.APP_STORE_LISTING, "启明家校通", "应用商店显示的提供者名称与应用内不一致。", ComplaintOutcome.UNSUBSTANTIATED,
                    "经核查，应用商店展示的是提供者的简称，信息一致。"));

    private final ComplaintManagement complaints;

    SampleComplaints(ComplaintManagement complaints) {
        this.complaints = complaints;
    }

    /** Returns how many were answered (the rest stay open). */
    int seed(DemoUsers users) {
        int answered = 0;
        for (Sample s : SAMPLES) {
            ComplaintReceipt receipt = complaints.receive(new ComplaintSubmission(s.category(), s.appName(), null, s.description(),
                    new ComplaintSubmission.Contact("刘女士", "13800138000", null)), List.of(), Actor.anonymous("127.0.0.1"));
            if (s.outcome() != null) {
                CurrentUser agency = switch (s.category().agency()) {
                    case CA -> users.ca();
                    case CAC -> users.cac();
                    case EDUCATION_COMMISSION -> users.city();
                };
                String id = complaints.list(agency, new ComplaintFilter(null, null, null, false, receipt.trackingNumber()),
                        PageQuery.of(0, 1)).items().get(0).id();
                complaints.resolve(id, agency, s.outcome(), s.feedback(), null);
                answered++;
            }
        }
        return answered;
    }

    static int count() {
        return SAMPLES.size();
    }
}
