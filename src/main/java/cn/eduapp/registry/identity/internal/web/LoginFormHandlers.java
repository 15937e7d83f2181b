package cn.eduapp.registry.identity.internal.web;

import cn.eduapp.registry.identity.internal.LoginDetails;
import cn.eduapp.registry.identity.internal.SecondFactorRefused;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationDetailsSource;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * What the security chain's login form needs from identity: the details it reads from the form (the
 * second factor's code) and where a refused login goes (locked, code missing or wrong, anything else).
 */
@Configuration(proxyBeanMethods = false)
class LoginFormHandlers {

    @Bean
    AuthenticationDetailsSource<HttpServletRequest, LoginDetails> loginDetailsSource() {
        return LoginDetails::new;
    }

    @Bean
    AuthenticationFailureHandler loginFailureHandler() {
        return (req, res, ex) -> res.sendRedirect(ex instanceof LockedException ? "/login?locked"
                : ex instanceof SecondFactorRefused ? "/login?code" : "/login?error");
    }
}
