package cn.eduapp.registry.identity.internal;

import cn.eduapp.registry.shared.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * After a page login, staff whose password is older than 90 days are taken to the password page first
 * (等保 asks for periodic change); everyone else to their start page.
 */
@Component
class PasswordAgeLoginHandler implements AuthenticationSuccessHandler {

    private final AccountService accounts;

    PasswordAgeLoginHandler(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication auth)
            throws IOException {
        boolean expired = auth.getPrincipal() instanceof CurrentUser user && accounts.passwordChangeRequired(user);
        response.sendRedirect(request.getContextPath() + (expired ? "/account/password?expired" : "/home"));
    }
}
