package cn.eduapp.registry.identity.internal;

import org.springframework.security.authentication.BadCredentialsException;

/** The login form had the right password but not the account's current one-time code. */
public class SecondFactorRefused extends BadCredentialsException {

    public SecondFactorRefused() {
        super("second factor");
    }
}
