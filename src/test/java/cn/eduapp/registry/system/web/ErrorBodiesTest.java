package cn.eduapp.registry.system.web;

import cn.eduapp.registry.system.security.RateLimitFilterTest;

import cn.eduapp.registry.system.security.AccessRefusals;
import cn.eduapp.registry.system.web.ApiExceptionHandler;
import cn.eduapp.registry.system.web.ErrorPageController;
import cn.eduapp.registry.system.web.Messages;
import cn.eduapp.registry.system.web.PageExceptionHandler;
import cn.eduapp.registry.system.web.ProblemResponses;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.RequestDispatcher;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.ui.ExtendedModelMap;
import tools.jackson.databind.json.JsonMapper;

/**
 * A 500 cannot be provoked through the running service on purpose, so its handlers are called directly
 * with the worst exception imaginable: SQL, a class name and a stack in its message.
 */
class ErrorBodiesTest {

    static final RuntimeException NASTY = new DataIntegrityViolationException(
            "PreparedStatementCallback; SQL [select password_hash from account where username = ?]",
            new SQLException("ERROR: relation cn.eduapp.registry.Secret does not exist\n\tat org.postgresql.Driver(Driver.java:1)"));

    private final JsonMapper json = JsonMapper.builder().build();
    private final ProblemResponses problems = RateLimitFilterTest.problems();

    @Test
    void anUnexpectedApiErrorIsAPlain500() {
        ApiExceptionHandler handler = new ApiExceptionHandler(problems, new Messages(new org.springframework.context.support.StaticMessageSource()),
                new AccessRefusals(e -> { }));
        var response = handler.unexpected(NASTY);
        assertThat(response.getStatusCode().value()).isEqualTo(500);
        HardeningAssertions.assertNoLeak(json.writeValueAsString(response.getBody()));
    }

    @Test
    void anUnexpectedPageErrorShowsTheErrorPageWithoutDetails() {
        PageExceptionHandler handler = new PageExceptionHandler(new Messages(new org.springframework.context.support.StaticMessageSource()),
                new AccessRefusals(e -> { }));
        MockHttpServletResponse response = new MockHttpServletResponse();
        ExtendedModelMap model = new ExtendedModelMap();
        assertThat(handler.unexpected(NASTY, response, model)).isEqualTo("error");
        assertThat(response.getStatus()).isEqualTo(500);
        HardeningAssertions.assertNoLeak(model.toString());
    }

    @Test
    void aContainerErrorUnderTheApiIsAProblemWithoutDetails() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, 500);
        request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/api/v1/filings");
        request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, NASTY);
        request.setAttribute(RequestDispatcher.ERROR_MESSAGE, NASTY.getMessage());
        MockHttpServletResponse response = new MockHttpServletResponse();
        new ErrorPageController(problems).error(request, response, new ExtendedModelMap());
        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        HardeningAssertions.assertNoLeak(response.getContentAsString(StandardCharsets.UTF_8));
    }

    /** The same patterns as HardeningIT's. */
    static final class HardeningAssertions {
        static void assertNoLeak(String body) {
            assertThat(body).doesNotContain("select", "password_hash", "cn.eduapp", "org.postgresql", "Exception", "SQL",
                    "Driver.java");
        }
    }
}
