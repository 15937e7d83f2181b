package cn.eduapp.registry.demo.internal;

import cn.eduapp.registry.demo.internal.SampleFilings.Seeded;
import cn.eduapp.registry.enforcement.EnforcementManagement;
import cn.eduapp.registry.enforcement.RectificationView;
import cn.eduapp.registry.shared.CurrentUser;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Two rectification orders the city has to follow (one due in two days, one answered and waiting for the
 * city's check) and one provider blacklisted.
 */
@Component
class SampleEnforcement {

    static final String CLAUSE = "京教信〔2022〕5号 三(六)";

    private final EnforcementManagement enforcement;
    private final Clock clock;

    SampleEnforcement(EnforcementManagement enforcement, Clock clock) {
        this.enforcement = enforcement;
        this.clock = clock;
    }

    void seed(DemoUsers users, List<CurrentUser> providers, List<Seeded> filings) {
        enforcement.order(users.city(), SampleFilings.registered(filings, 0).get(0).id(),
                "投诉举报入口不醒目，用户难以找到", CLAUSE, clock.instant().plus(Duration.ofDays(2)), null);
        RectificationView answered = enforcement.order(users.city(), SampleFilings.registered(filings, 1).get(0).id(),
                "未在应用内公示平台公约和用户协议", CLAUSE, clock.instant().plus(Duration.ofDays(20)), null);
        enforcement.respond(answered.id(), providers.get(1), "已在“我的-关于”页面公示平台公约和用户协议，并在注册页增加链接。");
        blacklist(users.city(), providers.get(SampleProviders.BLACKLISTED),
                SampleFilings.registered(filings, SampleProviders.BLACKLISTED).get(0).id());
    }

    /**
     * The one place the samples blacklist a provider, with today's procedure: the city orders rectification
     * and the provider refuses it (拒不整改), which revokes the filing, bans the provider for six months and
     * sends the app stores takedown notices. Issue 20 makes blacklisting a decision on an enforcement case:
     * switch this method to that procedure (open the case, then decide REVOKE).
     */
    void blacklist(CurrentUser city, CurrentUser provider, String filingId) {
        RectificationView order = enforcement.order(city, filingId, "应用内嵌入网络游戏链接并诱导学生充值", "京教信〔2022〕5号 三",
                clock.instant().plus(Duration.ofDays(15)), null);
        enforcement.refuse(order.id(), provider, "不同意整改要求。");
    }
}
