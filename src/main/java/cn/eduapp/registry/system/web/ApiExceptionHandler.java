package cn.eduapp.registry.system.web;

import cn.eduapp.registry.system.security.AccessRefusals;
import cn.eduapp.registry.system.web.ApiExceptionHandler;
import cn.eduapp.registry.system.web.ApiProblem;
import cn.eduapp.registry.system.web.Messages;
import cn.eduapp.registry.system.web.ProblemError;
import cn.eduapp.registry.system.web.ProblemResponses;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** One problem-details mapping for the whole API; nothing internal ever reaches the client. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final ProblemResponses problems;
    private final Messages messages;
    private final AccessRefusals refusals;

    ApiExceptionHandler(ProblemResponses problems, Messages messages, AccessRefusals refusals) {
        this.problems = problems;
        this.messages = messages;
        this.refusals = refusals;
    }

    @ExceptionHandler(ApiProblem.class)
    ResponseEntity<ProblemDetail> problem(ApiProblem e, HttpServletRequest request) {
        refusals.recordIfRefusal(request, e);
        return ResponseEntity.status(e.status()).contentType(ProblemResponses.PROBLEM_JSON).body(problems.body(e));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException e, HttpServletRequest request) {
        refusals.record(request);
        return problems.entity(HttpStatus.FORBIDDEN, "problem.forbidden");
    }

    @ExceptionHandler(AuthenticationCredentialsNotFoundException.class)
    ResponseEntity<ProblemDetail> unauthenticated() {
        return problems.entity(HttpStatus.UNAUTHORIZED, "problem.unauthorized");
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable() {
        return problems.entity(HttpStatus.BAD_REQUEST, "problem.malformedJson");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException e) {
        String field = e.getName();
        return ResponseEntity.badRequest().contentType(ProblemResponses.PROBLEM_JSON).body(problems.body(
                HttpStatus.BAD_REQUEST, messages.get("problem.invalid"),
                List.of(new ProblemError(field, "INVALID_VALUE", messages.get("problem.invalidField", field)))));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missing(MissingServletRequestParameterException e) {
        String field = e.getParameterName();
        return ResponseEntity.badRequest().contentType(ProblemResponses.PROBLEM_JSON).body(problems.body(
                HttpStatus.BAD_REQUEST, messages.get("problem.invalid"),
                List.of(new ProblemError(field, "REQUIRED", messages.get("problem.requiredField", field)))));
    }

    @ExceptionHandler(org.springframework.web.multipart.support.MissingServletRequestPartException.class)
    ResponseEntity<ProblemDetail> missingPart(org.springframework.web.multipart.support.MissingServletRequestPartException e) {
        return field("problem.requiredField", "REQUIRED", e.getRequestPartName());
    }

    /** Form fields of a multipart call that do not bind. */
    @ExceptionHandler(org.springframework.validation.BindException.class)
    ResponseEntity<ProblemDetail> binding(org.springframework.validation.BindException e) {
        var first = e.getFieldError();
        return first == null ? problems.entity(HttpStatus.BAD_REQUEST, "problem.invalid")
                : field("problem.invalidField", "INVALID_VALUE", first.getField());
    }

    @ExceptionHandler(org.springframework.web.bind.ServletRequestBindingException.class)
    ResponseEntity<ProblemDetail> unbound() {
        return problems.entity(HttpStatus.BAD_REQUEST, "problem.invalid");
    }

    private ResponseEntity<ProblemDetail> field(String key, String code, String field) {
        return ResponseEntity.badRequest().contentType(ProblemResponses.PROBLEM_JSON).body(problems.body(
                HttpStatus.BAD_REQUEST, messages.get("problem.invalid"),
                List.of(new ProblemError(field, code, messages.get(key, field)))));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method() {
        return problems.entity(HttpStatus.METHOD_NOT_ALLOWED, "problem.method");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType() {
        return problems.entity(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "problem.mediaType");
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> noResource() {
        return problems.entity(HttpStatus.NOT_FOUND, "problem.notFound");
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge() {
        return problems.entity(HttpStatus.CONTENT_TOO_LARGE, "problem.tooLarge");
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> multipart() {
        return problems.entity(HttpStatus.BAD_REQUEST, "problem.multipart");
    }

    @ExceptionHandler({OptimisticLockingFailureException.class, DuplicateKeyException.class,
            PessimisticLockingFailureException.class})
    ResponseEntity<ProblemDetail> conflict(RuntimeException e) {
        return problems.entity(HttpStatus.CONFLICT, "problem.concurrent");
    }

    @ExceptionHandler({DataAccessResourceFailureException.class, CannotCreateTransactionException.class})
    ResponseEntity<ProblemDetail> unavailable(RuntimeException e, HttpServletResponse response) {
        log.warn("Database unavailable: {}", e.getMessage());
        response.setHeader("Retry-After", "10");
        return problems.entity(HttpStatus.SERVICE_UNAVAILABLE, "problem.unavailable");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("Unexpected error", e);
        return problems.entity(HttpStatus.INTERNAL_SERVER_ERROR, "problem.internal");
    }
}
