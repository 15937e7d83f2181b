package cn.eduapp.registry.system.security;

import cn.eduapp.registry.system.security.Authorities;
import cn.eduapp.registry.system.security.BearerTokenAuthenticator;
import cn.eduapp.registry.system.security.BearerTokenFilter;
import cn.eduapp.registry.system.web.ProblemResponses;

import cn.eduapp.registry.shared.CurrentUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Reads {@code Authorization: Bearer …}; a token that does not authenticate answers 401 at once. */
class BearerTokenFilter extends OncePerRequestFilter {

    private final BearerTokenAuthenticator authenticator;
    private final ProblemResponses problems;

    BearerTokenFilter(BearerTokenAuthenticator authenticator, ProblemResponses problems) {
        this.authenticator = authenticator;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<CurrentUser> user;
        try {
            user = authenticator.authenticate(header.substring(7).trim());
        } catch (org.springframework.dao.DataAccessException | org.springframework.transaction.TransactionException e) {
            response.setHeader("Retry-After", "10");
            problems.write(response, HttpStatus.SERVICE_UNAVAILABLE, "problem.unavailable");
            return;
        }
        if (user.isEmpty()) {
            problems.write(response, HttpStatus.UNAUTHORIZED, "problem.badToken");
            return;
        }
        var auth = UsernamePasswordAuthenticationToken.authenticated(user.get(), null, Authorities.of(user.get()));
        SecurityContextHolder.getContext().setAuthentication(auth);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
