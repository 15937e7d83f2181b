package cn.eduapp.registry.system.security;

import cn.eduapp.registry.system.security.BearerTokenAuthenticator;

import cn.eduapp.registry.shared.CurrentUser;
import java.util.Optional;

/** Turns an API bearer token into the caller; implemented by the identity module. */
public interface BearerTokenAuthenticator {

    /** The caller, or empty when the token is unknown, expired, idle too long or revoked. */
    Optional<CurrentUser> authenticate(String token);
}
