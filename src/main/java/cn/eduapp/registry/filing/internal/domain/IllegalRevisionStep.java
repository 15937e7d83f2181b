package cn.eduapp.registry.filing.internal.domain;

import cn.eduapp.registry.filing.RevisionStatus;

/** A step the revision's status does not allow; the API answers 409. */
public class IllegalRevisionStep extends RuntimeException {

    private final RevisionStatus status;

    IllegalRevisionStep(RevisionStatus status) {
        super("not allowed from " + status, null, false, false);
        this.status = status;
    }

    public RevisionStatus status() {
        return status;
    }
}
