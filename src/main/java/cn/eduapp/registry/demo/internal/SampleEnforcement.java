package cn.eduapp.registry.demo.internal;

import cn.eduapp.registry.demo.internal.SampleFilings.Seeded;
import cn.eduapp.registry.enforcement.CaseManagement;
import cn.eduapp.registry.enforcement.CaseOutcome;
import cn.eduapp.registry.enforcement.NoticeManagement;
import cn.eduapp.registry.enforcement.RectificationManagement;
import cn.eduapp.registry.enforcement.RectificationManagement.NewOrder;
import cn.eduapp.registry.enforcement.RectificationView;
import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.system.web.PageQuery;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Two rectification orders the city has to follow (one due in two days, one answered and waiting for the
 * city's check) and one app revoked and listed on the black list through the procedure of 五.
 */
@Component
class SampleEnforcement {

    static final String CLAUSE = "京教信〔2022〕5号 三（六）";

    private final RectificationManagement orders;
    private final CaseManagement cases;
    private final NoticeManagement notices;
    private final Clock clock;

    SampleEnforcement(RectificationManagement orders, CaseManagement cases, NoticeManagement notices, Clock clock) {
        this.orders = orders;
        this.cases = cases;
        this.notices = notices;
        this.clock = clock;
    }

    void seed(DemoUsers users, List<CurrentUser> providers, List<Seeded> filings) {
        order(users.city(), SampleFilings.registered(filings, 0).get(0).id(), "投诉举报入口不醒目，用户难以找到", Duration.ofDays(2));
        RectificationView answered = order(users.city(), SampleFilings.registered(filings, 1).get(0).id(),
                "未在应用内公示平台公约和用户协议", Duration.ofDays(20));
        orders.respond(answered.id(), providers.get(1), "已在“我的-关于”页面公示平台公约和用户协议，并在注册页增加链接。");
        blacklist(users.city(), providers.get(SampleProviders.BLACKLISTED),
                SampleFilings.registered(filings, SampleProviders.BLACKLISTED).get(0).id());
        // the CAC turns the city's 撤销备案通报 into one 下架处置通知 to every app store, which the demo store has to answer
        notices.bulletins(PageQuery.of(0, 1)).items().stream().findFirst()
                .ifPresent(b -> notices.takedownFromBulletin(b.id(), users.cac(), null));
    }

    private RectificationView order(CurrentUser city, String filingId, String reason, Duration within) {
        return orders.order(city, new NewOrder(filingId, reason, CLAUSE, clock.instant().plus(within), null, null, null));
    }

    /**
     * The one place the samples list an app on the black list, by the procedure of issue 20: an order, the
     * city's finding of 拒不整改 with its evidence (which opens a case with a 事先告知书), the provider's
     * statement, and a city reviewer's REVOKE decision with its 处理决定书.
     */
    void blacklist(CurrentUser city, CurrentUser provider, String filingId) {
        RectificationView order = order(city, filingId, "应用内嵌入网络游戏链接并诱导学生充值", Duration.ofDays(15));
        RectificationView found = orders.refusalFinding(order.id(), city, "约谈时提供者书面表示不同意整改要求。");
        String caseId = found.caseIds().get(0);
        cases.statement(caseId, provider, "我单位认为游戏链接属于合作推广，不同意整改。");
        cases.decide(caseId, city, CaseOutcome.REVOKE, "拒不整改，事实清楚，陈述申辩理由不成立。", null);
    }
}
