package cn.eduapp.registry.filing;

/**
 * The national step (教育部备案) behind one port (issue 22, {@code registry.national.mode}): {@code in-system}, the
 * MOE_REVIEWER inside this platform decides and this platform issues the number; {@code http}, the filing is sent to
 * the national platform (module {@code national}), whose answer comes back through
 * {@link FilingManagement#registerByNational} / {@link FilingManagement#rejectByNational}.
 */
public interface NationalFilingStep {

    /**
     * The city approved: hand the filing to the national step. Called inside the deciding transaction, so what the
     * step writes (the http adapter's submission outbox) commits or rolls back with the city's decision.
     * In-system: nothing to do, the filing waits in MOE_REVIEW for an MOE_REVIEWER.
     */
    void forward(String filingId);

    /** The next filing number; called inside the registering transaction so a rollback gives it back. */
    String issueFilingNumber();

    /** Whether the MOE_REVIEWER inside this platform decides (false: the national platform does, 409 here). */
    default boolean decidesInSystem() {
        return true;
    }
}
