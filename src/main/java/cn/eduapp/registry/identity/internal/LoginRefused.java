package cn.eduapp.registry.identity.internal;

/** Wrong credentials (the same for an unknown username), or a locked account. */
class LoginRefused extends RuntimeException {

    final boolean locked;

    LoginRefused(boolean locked) {
        super(locked ? "locked" : "bad credentials", null, false, false);
        this.locked = locked;
    }
}
