package cn.eduapp.registry.system.security;

import cn.eduapp.registry.system.security.AccountStateFilter;
import cn.eduapp.registry.system.security.AccountStates;
import cn.eduapp.registry.system.web.ProblemResponses;

import cn.eduapp.registry.shared.CurrentUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Access follows the account on every request (issue 16). A page session of an account that has been
 * disabled meanwhile is ended and sent to the login page, even if its session row outlived the disable
 * (another instance, a race). A staff account whose first password is still the one someone else set
 * may do nothing but change it or sign out: pages go to the password page, API calls answer 403
 * {@code PASSWORD_CHANGE_REQUIRED}. App-store and provider tokens skip the lookup (they have no first
 * password), so the verify path costs nothing more.
 */
class AccountStateFilter extends OncePerRequestFilter {

    /** What an account with a first password may still do. */
    private static final Set<String> FIRST_PASSWORD_PATHS = Set.of("/account/password", "/logout", "/error",
            "/api/v1/auth/password", "/api/v1/auth/logout", "/api/v1/auth/me");
    private static final List<String> STATIC = List.of("/css/", "/js/", "/webjars/", "/favicon.ico");

    private final AccountStates states;
    private final ProblemResponses problems;

    AccountStateFilter(AccountStates states, ProblemResponses problems) {
        this.states = states;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String path = request.getRequestURI();
        boolean api = path.startsWith("/api/");
        if (!(auth != null && auth.getPrincipal() instanceof CurrentUser user) || (api && !user.isStaff())
                || STATIC.stream().anyMatch(path::startsWith)) {
            chain.doFilter(request, response);
            return;
        }
        AccountStates.State state = states.of(user.accountId());
        if (state == AccountStates.State.GONE) {
            // only pages get here with a disabled account: the token lookup already refuses its tokens
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            SecurityContextHolder.clearContext();
            response.sendRedirect("/login");
            return;
        }
        if (state == AccountStates.State.FIRST_PASSWORD && !FIRST_PASSWORD_PATHS.contains(path)) {
            if (api) {
                problems.write(response, HttpStatus.FORBIDDEN, "problem.passwordChangeRequired", null,
                        "PASSWORD_CHANGE_REQUIRED");
            } else {
                response.sendRedirect("/account/password?first");
            }
            return;
        }
        chain.doFilter(request, response);
    }
}
