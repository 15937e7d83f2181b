package cn.eduapp.registry.identity.internal;

import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.system.security.Authorities;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** The login form goes through the same lockout and audit as the API login. */
@Component
class RegistryAuthenticationProvider implements AuthenticationProvider {

    private final LoginService logins;

    RegistryAuthenticationProvider(LoginService logins) {
        this.logins = logins;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        String password = String.valueOf(authentication.getCredentials());
        String client = authentication.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : "";
        String code = authentication.getDetails() instanceof LoginDetails d ? d.code() : null;
        try {
            CurrentUser user = logins.authenticate(username, password, code, client).currentUser();
            return UsernamePasswordAuthenticationToken.authenticated(user, null, Authorities.of(user));
        } catch (LoginRefused e) {
            if (e.locked) {
                throw new LockedException("locked");
            }
            throw e.secondFactor ? new SecondFactorRefused() : new BadCredentialsException("bad credentials");
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
