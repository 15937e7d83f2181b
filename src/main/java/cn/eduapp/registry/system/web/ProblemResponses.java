package cn.eduapp.registry.system.web;

import cn.eduapp.registry.system.web.ApiProblem;
import cn.eduapp.registry.system.web.Messages;
import cn.eduapp.registry.system.web.ProblemError;
import cn.eduapp.registry.system.web.ProblemResponses;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Builds RFC 9457 bodies: {@code {type, title, status, detail, errors}}, Chinese detail and messages. */
@Component
public class ProblemResponses {

    public static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

    private final Messages messages;
    private final JsonMapper mapper;

    public ProblemResponses(Messages messages, JsonMapper mapper) {
        this.messages = messages;
        this.mapper = mapper;
    }

    public ProblemDetail body(HttpStatus status, String detail, List<ProblemError> errors) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(status, detail);
        pd.setType(URI.create("about:blank"));
        pd.setTitle(messages.get("status." + status.value()));
        pd.setProperty("errors", errors);
        return pd;
    }

    public ProblemDetail body(ApiProblem problem) {
        return body(problem.status(), messages.get(problem.messageKey(), problem.args()), problem.errors());
    }

    public ResponseEntity<ProblemDetail> entity(HttpStatus status, String detailKey) {
        return ResponseEntity.status(status).contentType(PROBLEM_JSON)
                .body(body(status, messages.get(detailKey), List.of()));
    }

    /** For filters, where no message converter runs. */
    public void write(HttpServletResponse response, HttpStatus status, String detailKey) throws IOException {
        write(response, body(status, messages.get(detailKey), List.of()));
    }

    /** For filters: the problem with one error naming its code (and the field, when there is one). */
    public void write(HttpServletResponse response, HttpStatus status, String detailKey, @Nullable String field,
                      String code, Object... args) throws IOException {
        String detail = messages.get(detailKey, args);
        write(response, body(status, detail, List.of(new ProblemError(field, code, detail))));
    }

    /** For filters that answer a request themselves: the problem as the API's exception handler writes it. */
    public void write(HttpServletResponse response, ApiProblem problem) throws IOException {
        write(response, body(problem));
    }

    /**
     * For filters refusing a page request before the body is read: a plain Chinese page written at once
     * (an error dispatch could try to read the refused body for its form parameters).
     */
    public void writePage(HttpServletResponse response, HttpStatus status, String detailKey) throws IOException {
        response.setStatus(status.value());
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        String detail = org.springframework.web.util.HtmlUtils.htmlEscape(messages.get(detailKey));
        response.getOutputStream().write(("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
                + "<title>" + detail + "</title></head><body><h1>" + detail + "</h1>"
                + "<p><a href=\"javascript:history.back()\">返回上一页</a></p></body></html>")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private void write(HttpServletResponse response, ProblemDetail body) throws IOException {
        response.setStatus(body.getStatus());
        response.setContentType(PROBLEM_JSON.toString());
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(mapper.writeValueAsBytes(body));
    }
}
