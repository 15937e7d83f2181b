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
        CurrentUser user = auth.getPrincipal() instanceof CurrentUser u ? u : null;
        String target = user == null ? "/home"
                : accounts.firstPasswordPending(user.accountId()) ? "/account/password?first"
                : accounts.passwordChangeRequired(user) ? "/account/password?expired" : "/home";
        // relative: the Host header is never reflected into a Location
        response.sendRedirect(request.getContextPath() + target);
    }
}
