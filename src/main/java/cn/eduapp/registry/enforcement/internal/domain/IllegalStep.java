package cn.eduapp.registry.enforcement.internal.domain;

/** A step the order's or case's state does not allow (the facade answers 409 with the message key's text). */
public class IllegalStep extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;

    public IllegalStep(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = args;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args;
    }
}
