/**
 * Notices by post (issue 23): a transactional outbox of emails (SMTP, spring.mail.*) and text messages
 * (a logging adapter until a gateway is chosen). Modules enqueue through
 * {@link cn.eduapp.registry.outbox.OutboxManagement} in their own transaction; the notices of enforcement,
 * complaints and notifications are wired here by listening, in the deciding transaction, to their events.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "system::*", "provider", "filing", "certificate",
        "rules", "enforcement", "complaint", "notification"})
@org.jspecify.annotations.NullMarked
package cn.eduapp.registry.outbox;
