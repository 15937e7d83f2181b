package cn.eduapp.registry.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Refusals on pages: the same Chinese messages as the API, on the error page, with the right status. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(PageExceptionHandler.class);

    private final Messages messages;
    private final AccessRefusals refusals;

    PageExceptionHandler(Messages messages, AccessRefusals refusals) {
        this.messages = messages;
        this.refusals = refusals;
    }

    @ExceptionHandler(ApiProblem.class)
    String problem(ApiProblem e, HttpServletRequest request, HttpServletResponse response, Model model) {
        if (e.status().value() == 403) {
            refusals.record(request);
        }
        response.setStatus(e.status().value());
        model.addAttribute("status", e.status().value());
        model.addAttribute("message", messages.get(e.messageKey(), e.args()));
        model.addAttribute("errors", e.errors());
        return "error";
    }

    @ExceptionHandler(AccessDeniedException.class)
    String denied(HttpServletRequest request, HttpServletResponse response, Model model) {
        refusals.record(request);
        return page(response, model, 403, "problem.forbidden");
    }

    @ExceptionHandler(NoResourceFoundException.class)
    String notFound(HttpServletResponse response, Model model) {
        return page(response, model, 404, "problem.notFound");
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    String conflict(HttpServletResponse response, Model model) {
        return page(response, model, 409, "problem.concurrent");
    }

    @ExceptionHandler(Exception.class)
    String unexpected(Exception e, HttpServletResponse response, Model model) {
        log.error("Unexpected error on a page", e);
        return page(response, model, 500, "problem.internal");
    }

    private String page(HttpServletResponse response, Model model, int status, String key) {
        response.setStatus(status);
        model.addAttribute("status", status);
        model.addAttribute("message", messages.get(key));
        return "error";
    }
}
