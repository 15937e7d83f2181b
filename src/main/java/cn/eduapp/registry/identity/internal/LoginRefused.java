package cn.eduapp.registry.identity.internal;

/**
 * Wrong credentials (the same for an unknown username), a locked account, or the right password without
 * the account's current second-factor code.
 */
class LoginRefused extends RuntimeException {

    final boolean locked;
    final boolean secondFactor;

    LoginRefused(boolean locked) {
        this(locked, false);
    }

    private LoginRefused(boolean locked, boolean secondFactor) {
        super(locked ? "locked" : secondFactor ? "second factor" : "bad credentials", null, false, false);
        this.locked = locked;
        this.secondFactor = secondFactor;
    }

    static LoginRefused secondFactor() {
        return new LoginRefused(false, true);
    }
}
