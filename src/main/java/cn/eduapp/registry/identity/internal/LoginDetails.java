package cn.eduapp.registry.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** What the login form sends besides username and password: the one-time code of a second factor. */
public class LoginDetails extends WebAuthenticationDetails {

    private final @Nullable String code;

    public LoginDetails(HttpServletRequest request) {
        super(request);
        String c = request.getParameter("code");
        this.code = c == null || c.isBlank() ? null : c.length() > 20 ? c.substring(0, 20) : c;
    }

    public @Nullable String code() {
        return code;
    }
}
