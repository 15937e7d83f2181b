package cn.eduapp.registry.filing.internal.domain;

import cn.eduapp.registry.filing.FilingStatus;

/** A step the filing's current status does not allow; the API answers 409. */
public class IllegalTransition extends RuntimeException {

    private final FilingStatus from;
    private final String action;

    IllegalTransition(FilingStatus from, String action) {
        super(action + " not allowed from " + from, null, false, false);
        this.from = from;
        this.action = action;
    }

    public FilingStatus from() {
        return from;
    }

    public String action() {
        return action;
    }
}
