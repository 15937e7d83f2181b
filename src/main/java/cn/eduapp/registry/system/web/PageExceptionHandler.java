package cn.eduapp.registry.system.web;

import cn.eduapp.registry.system.security.AccessRefusals;
import cn.eduapp.registry.system.web.ApiProblem;
import cn.eduapp.registry.system.web.Messages;
import cn.eduapp.registry.system.web.PageExceptionHandler;

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
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

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
        if (e.status().value() == 403 || e.hidden()) {
            refusals.record(request, e.hidden());
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

    /** An unknown enum value or a number that is none in a query parameter or form field: 400, naming it. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    String mismatch(MethodArgumentTypeMismatchException e, HttpServletResponse response, Model model) {
        return field(response, model, "problem.invalidField", e.getName());
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    String missing(MissingServletRequestParameterException e, HttpServletResponse response, Model model) {
        return field(response, model, "problem.requiredField", e.getParameterName());
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    String missingPart(MissingServletRequestPartException e, HttpServletResponse response, Model model) {
        return field(response, model, "problem.requiredField", e.getRequestPartName());
    }

    /** A form whose fields do not bind (a date that is none, a number out of range …). */
    @ExceptionHandler(BindException.class)
    String binding(BindException e, HttpServletResponse response, Model model) {
        FieldError first = e.getFieldError();
        return first == null ? page(response, model, 400, "problem.invalid")
                : field(response, model, "problem.invalidField", first.getField());
    }

    @ExceptionHandler({ServletRequestBindingException.class, HttpMessageNotReadableException.class,
            MultipartException.class})
    String unreadable(HttpServletResponse response, Model model) {
        return page(response, model, 400, "problem.invalid");
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(HttpServletResponse response, Model model) {
        return page(response, model, 413, "problem.tooLarge");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    String method(HttpServletResponse response, Model model) {
        return page(response, model, 405, "problem.method");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    String mediaType(HttpServletResponse response, Model model) {
        return page(response, model, 415, "problem.mediaType");
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

    private String field(HttpServletResponse response, Model model, String key, String field) {
        response.setStatus(400);
        model.addAttribute("status", 400);
        model.addAttribute("message", messages.get(key, field));
        return "error";
    }

    private String page(HttpServletResponse response, Model model, int status, String key) {
        response.setStatus(status);
        model.addAttribute("status", status);
        model.addAttribute("message", messages.get(key));
        return "error";
    }
}
