package cn.eduapp.registry.enforcement.internal.web;

import cn.eduapp.registry.system.web.FormErrors;
import cn.eduapp.registry.system.web.ProblemError;
import java.util.List;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A page's form that acts and goes back to {@code target}: with a notice, or with the refusal's reasons (400, 409). */
final class Acts {

    private Acts() {
    }

    static String then(FormErrors formErrors, RedirectAttributes redirect, String target, String notice, Runnable action) {
        List<ProblemError> errors = formErrors.problems(action);
        if (errors.isEmpty()) {
            redirect.addFlashAttribute("notice", notice);
        } else {
            redirect.addFlashAttribute("actionErrors", errors);
        }
        return "redirect:" + target;
    }
}
