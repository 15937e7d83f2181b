package cn.eduapp.registry.system.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * The public complaint intake takes evidence (at most 3 files of 5 MB), so its requests are refused where
 * the bytes arrive, not after 500 MB have been read (issue 16): a declared Content-Length over the limit is
 * 413 before a byte of the body is read; a body without one (chunked) is cut by the container once it
 * passes the limit, because the intake addresses are served by a dispatcher of their own whose multipart
 * configuration holds the evidence limit (the package upload keeps the general 500 MB one).
 */
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication(
        type = org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type.SERVLET)
@Configuration(proxyBeanMethods = false)
class EvidenceUploadLimits {

    /** 3 files of 5 MB and the form's fields. */
    static final long MAX_REQUEST = 3 * 5L * 1024 * 1024 + 1024 * 1024;
    static final Set<String> PATHS = Set.of("/api/v1/public/complaints", "/public/complaints/new");
    /**
     * Every small-document upload: the intake above, a provider's statement with attachments (3 files of
     * 5 MB as well), a filing's or a revision's materials (one file of 5 MB, issue 21), a provider's verification
     * documents (issue 21: one file via the API or its page, two on the registration page) and a public dispute over a
     * provider's credit code (two files of 5 MB, issue 21). Only the package upload may declare more.
     */
    static final Pattern SMALL_UPLOADS = Pattern.compile(
            "/api/v1/public/complaints|/public/complaints/new|/(api/v1/enforcement-cases|enforcement/cases)/[^/]+/statement"
            + "|/(api/v1/)?filings/[^/]+(/revisions/[^/]+)?/materials"
            + "|/api/v1/providers/[^/]+/documents|/provider/documents|/register|/api/v1/providers/disputes|/disputes/new");

    /** Each file is judged by complaint's EvidencePolicy (naming the file); the container caps the request. */
    @Bean
    ServletRegistrationBean<DispatcherServlet> evidenceDispatcher(WebApplicationContext context) {
        ServletRegistrationBean<DispatcherServlet> registration = new ServletRegistrationBean<>(
                new DispatcherServlet(context), PATHS.toArray(String[]::new));
        registration.setName("evidenceDispatcher");
        registration.setLoadOnStartup(1);
        registration.setMultipartConfig(new MultipartConfigElement("", -1, MAX_REQUEST, 0));
        return registration;
    }

    @Bean
    DeclaredSizeFilter evidenceDeclaredSizeFilter(ProblemResponses problems) {
        return new DeclaredSizeFilter(problems);
    }

    /** 413 at once when the declared length of a small-document upload is over the limit. */
    @Order(Ordered.HIGHEST_PRECEDENCE + 5)
    static final class DeclaredSizeFilter extends OncePerRequestFilter {

        private final ProblemResponses problems;

        DeclaredSizeFilter(ProblemResponses problems) {
            this.problems = problems;
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return !"POST".equals(request.getMethod()) || !SMALL_UPLOADS.matcher(request.getRequestURI()).matches();
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (request.getContentLengthLong() > MAX_REQUEST) {
                response.setHeader("Connection", "close");
                if (request.getRequestURI().startsWith("/api/")) {
                    problems.write(response, HttpStatus.CONTENT_TOO_LARGE, "problem.uploadTooLarge");
                } else {
                    problems.writePage(response, HttpStatus.CONTENT_TOO_LARGE, "problem.uploadTooLarge");
                }
                return;
            }
            chain.doFilter(request, response);
        }
    }
}
