package cn.eduapp.registry.shared;

/**
 * A decision or security event that the audit trail keeps. Every module's events implement it, so the
 * audit module listens to this one type and depends on no module.
 */
public interface AuditableEvent {

    Actor actor();

    /** UPPER_SNAKE_CASE, e.g. {@code FILING_SUBMITTED}. */
    String action();

    String entityType();

    String entityId();

    /** A short Chinese or plain summary; never personal information. */
    String summary();
}
