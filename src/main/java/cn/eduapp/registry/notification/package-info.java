/**
 * Messages to organisations (every account of an organisation sees them) with per-account read state.
 * It listens only: other modules decide who must hear what and call {@link cn.eduapp.registry.notification.NotificationManagement}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "system::*", "identity"})
@org.jspecify.annotations.NullMarked
package cn.eduapp.registry.notification;
