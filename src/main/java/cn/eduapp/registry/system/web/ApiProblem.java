package cn.eduapp.registry.system.web;

import cn.eduapp.registry.system.web.ApiProblem;
import cn.eduapp.registry.system.web.ProblemError;

import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * A refusal the service means to give: status, a Chinese detail (a message key with arguments) and the
 * itemised errors. Mapped to RFC 9457 for the API and to an error message on pages.
 */
public class ApiProblem extends RuntimeException {

    private final HttpStatus status;
    private final String messageKey;
    private final Object[] args;
    private final List<ProblemError> errors;
    private final boolean hidden;

    public ApiProblem(HttpStatus status, String messageKey, List<ProblemError> errors, Object... args) {
        this(hidden(false), status, messageKey, errors, args);
    }

    private ApiProblem(Hidden hidden, HttpStatus status, String messageKey, List<ProblemError> errors, Object... args) {
        super(messageKey, null, false, false);
        this.hidden = hidden.value();
        this.status = status;
        this.messageKey = messageKey;
        this.args = args;
        this.errors = List.copyOf(errors);
    }

    private record Hidden(boolean value) {
    }

    private static Hidden hidden(boolean value) {
        return new Hidden(value);
    }

    public static ApiProblem notFound() {
        return new ApiProblem(HttpStatus.NOT_FOUND, "problem.notFound", List.of());
    }

    /**
     * 404 for an object that exists but is not the caller's to see: answered exactly like one that does not
     * exist, and audited as a refusal (issue 16), since probing other organisations' objects is an attack.
     */
    public static ApiProblem notVisible() {
        return new ApiProblem(hidden(true), HttpStatus.NOT_FOUND, "problem.notFound", List.of());
    }

    public static ApiProblem forbidden() {
        return new ApiProblem(HttpStatus.FORBIDDEN, "problem.forbidden", List.of());
    }

    public static ApiProblem conflict(String messageKey, Object... args) {
        return new ApiProblem(HttpStatus.CONFLICT, messageKey, List.of(), args);
    }

    public static ApiProblem badRequest(List<ProblemError> errors) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, "problem.invalid", errors);
    }

    public static ApiProblem badField(String field, String code, String message) {
        return badRequest(List.of(new ProblemError(field, code, message)));
    }

    public static ApiProblem unprocessable(String messageKey, List<ProblemError> errors) {
        return new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, messageKey, errors);
    }

    public static ApiProblem rule(String code, String message) {
        return unprocessable("problem.rule", List.of(new ProblemError(null, code, message)));
    }

    public HttpStatus status() {
        return status;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }

    /** An object that exists but is not visible to the caller (see {@link #notVisible()}). */
    public boolean hidden() {
        return hidden;
    }

    public List<ProblemError> errors() {
        return errors;
    }
}
