package cn.eduapp.registry.filing;

/**
 * The national step (教育部备案) behind an interface: today the in-system MOE_REVIEWER decides and this
 * platform issues the number; a real national-platform integration replaces this bean later.
 */
public interface NationalFilingStep {

    /** The city approved: hand the filing to the national step (in-system: it waits in MOE_REVIEW). */
    void forward(String filingId);

    /** The next filing number; called inside the registering transaction so a rollback gives it back. */
    String issueFilingNumber();
}
