/** Provider organisations (提供者): self-registration, profiles, licences and their validity, bans. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "system::*", "identity", "document"})
@org.jspecify.annotations.NullMarked
package cn.eduapp.registry.provider;
