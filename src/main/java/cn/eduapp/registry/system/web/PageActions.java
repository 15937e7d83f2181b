package cn.eduapp.registry.system.web;

import cn.eduapp.registry.system.web.ApiProblem;
import cn.eduapp.registry.system.web.PageActions;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A page's button that does one thing and goes back: the next page says what was done, or, when the state
 * forbids it (409), why not. Other refusals (403, 404 …) go to the error page as usual.
 */
public final class PageActions {

    private PageActions() {
    }

    /** Runs {@code action}, then redirects to {@code target} with {@code notice} or the refusal's message. */
    public static String redirectAfter(RedirectAttributes redirect, String target, String notice, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (ApiProblem e) {
            if (e.status() != HttpStatus.CONFLICT) {
                throw e;
            }
            redirect.addFlashAttribute("notice", e.messageKey());
        }
        return "redirect:" + target;
    }
}
