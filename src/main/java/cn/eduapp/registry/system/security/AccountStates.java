package cn.eduapp.registry.system.security;

import cn.eduapp.registry.system.security.AccountStates;

/** The state of a signed-in caller's account, read on every page request (implemented by identity). */
public interface AccountStates {

    enum State {
        /** Enabled, nothing pending. */
        ACTIVE,
        /** Disabled or gone: its page sessions end at the next request. */
        GONE,
        /** Its first password (set by someone else) must be changed before anything else. */
        FIRST_PASSWORD
    }

    State of(String accountId);
}
