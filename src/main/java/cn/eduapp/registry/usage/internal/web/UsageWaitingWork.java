package cn.eduapp.registry.usage.internal.web;

import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.shared.Role;
import cn.eduapp.registry.system.web.PageQuery;
import cn.eduapp.registry.system.web.WaitingWork;
import cn.eduapp.registry.usage.UsageManagement;
import cn.eduapp.registry.usage.UsageStatus;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Use filings whose app went wrong (rectification, revocation, blacklisting) and that the institution has
 * not yet ended: a school's own, a district's and its schools'.
 */
@Component
class UsageWaitingWork implements WaitingWork {

    private final UsageManagement usage;

    UsageWaitingWork(UsageManagement usage) {
        this.usage = usage;
    }

    @Override
    public List<Waiting> waitingFor(CurrentUser user) {
        if (!user.has(Role.SCHOOL_ADMIN) && !user.has(Role.DISTRICT_ADMIN)) {
            return List.of();
        }
        long actionRequired = usage.list(user, UsageStatus.ACTION_REQUIRED, null, null, null, PageQuery.of(0, 1)).total();
        return List.of(new Waiting("waiting.usage.actionRequired", actionRequired, "/usage?status=ACTION_REQUIRED"));
    }
}
