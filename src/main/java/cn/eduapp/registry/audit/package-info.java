/**
 * The hash-chained audit trail: every {@link cn.eduapp.registry.shared.AuditableEvent} of every module
 * becomes an append-only entry in the transaction of the change it records; the city reads the trail of
 * any entity and verifies the chain end to end.
 *
 * <p>Views of complainants' contact details are personal-information access (DOMAIN.md): the complaint
 * module audits each one by publishing an {@code AuditableEvent} (e.g. {@code ComplaintContactViewed},
 * action {@code COMPLAINT_CONTACT_VIEWED}, entity {@code COMPLAINT}, summary without the contact itself)
 * from the handler that shows them; nothing else is needed here.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "system::*"})
@org.jspecify.annotations.NullMarked
package cn.eduapp.registry.audit;
