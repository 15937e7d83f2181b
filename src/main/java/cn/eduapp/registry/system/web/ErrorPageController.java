package cn.eduapp.registry.system.web;

import cn.eduapp.registry.system.web.ErrorPageController;
import cn.eduapp.registry.system.web.ProblemResponses;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Errors that no handler caught (no such path, a filter's refusal, the container's own): a problem body
 * under /api, a Chinese page elsewhere. Never the container's default page with its internals.
 */
@Controller
class ErrorPageController implements ErrorController {

    private final ProblemResponses problems;

    ErrorPageController(ProblemResponses problems) {
        this.problems = problems;
    }

    @RequestMapping("/error")
    String error(HttpServletRequest request, HttpServletResponse response, Model model) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = HttpStatus.resolve(code instanceof Integer i ? i : 500);
        if (status == null) {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        if (databaseDown(request.getAttribute(RequestDispatcher.ERROR_EXCEPTION))) {
            status = HttpStatus.SERVICE_UNAVAILABLE;
            response.setHeader("Retry-After", "10");
        }
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri instanceof String path && path.startsWith("/api/")) {
            problems.write(response, status, detailKey(status));
            return null;
        }
        response.setStatus(status.value());
        model.addAttribute("status", status.value());
        model.addAttribute("messageKey", detailKey(status));
        return "error";
    }

    /** A filter that failed because the database is unreachable: a clean 503, not a 500. */
    static boolean databaseDown(Object error) {
        for (Throwable t = error instanceof Throwable x ? x : null; t != null; t = t.getCause()) {
            if (t instanceof org.springframework.dao.DataAccessResourceFailureException
                    || t instanceof org.springframework.transaction.CannotCreateTransactionException
                    || t instanceof java.sql.SQLTransientConnectionException) {
                return true;
            }
        }
        return false;
    }

    static String detailKey(HttpStatus status) {
        return switch (status.value()) {
            case 400 -> "problem.invalid";
            case 401 -> "problem.unauthorized";
            case 403 -> "problem.forbidden";
            case 404 -> "problem.notFound";
            case 405 -> "problem.method";
            case 413 -> "problem.tooLarge";
            case 415 -> "problem.mediaType";
            case 429 -> "problem.rateLimited";
            case 503 -> "problem.unavailable";
            default -> "problem.internal";
        };
    }
}
