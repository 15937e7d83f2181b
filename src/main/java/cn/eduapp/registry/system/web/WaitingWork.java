package cn.eduapp.registry.system.web;

import cn.eduapp.registry.system.web.WaitingWork;

import cn.eduapp.registry.shared.CurrentUser;
import java.util.List;

/**
 * What is waiting for a signed-in user in one module (filings to review, orders due soon ...), shown
 * with its count on the user's 工作台. A module contributes one as a bean; it answers nothing for users
 * whose roles have none of its work.
 */
public interface WaitingWork {

    List<Waiting> waitingFor(CurrentUser user);

    /** A count of one kind of work, its label ({@code labelKey}) and the page that lists it. */
    record Waiting(String labelKey, long count, String href) {
    }
}
