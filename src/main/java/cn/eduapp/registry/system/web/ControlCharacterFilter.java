package cn.eduapp.registry.system.web;

import cn.eduapp.registry.system.web.ControlCharacterFilter;
import cn.eduapp.registry.system.web.ControlCharacterInterceptor;
import cn.eduapp.registry.system.web.ControlCharacters;
import cn.eduapp.registry.system.web.ProblemResponses;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Query parameters and url-encoded form fields with a control character are refused before anything
 * reads them (the login form included, which no controller sees): a 400 problem naming the field under
 * /api, the 400 page elsewhere. Multipart fields are checked once Spring has parsed them
 * ({@link ControlCharacterInterceptor}), so an upload is not read here.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class ControlCharacterFilter extends OncePerRequestFilter {

    private final ProblemResponses problems;

    ControlCharacterFilter(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        boolean multipart = type != null && type.toLowerCase().startsWith("multipart/");
        Optional<String> bad = multipart ? Optional.empty() : ControlCharacters.firstBadParameter(request.getParameterMap());
        if (bad.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getRequestURI().startsWith("/api/")) {
            problems.write(response, HttpStatus.BAD_REQUEST, "problem.controlCharacter", bad.get(), "CONTROL_CHARACTER",
                    bad.get());
        } else {
            response.sendError(HttpStatus.BAD_REQUEST.value());
        }
    }
}
