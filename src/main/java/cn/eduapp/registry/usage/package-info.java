/**
 * Institutions' use filings (使用者备案): districts, schools and units under the city; the registered apps
 * they choose, free of charge under unified selection; who uses an app; telling them when it goes wrong.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "system::*", "identity", "provider", "filing", "notification", "national"})
@org.jspecify.annotations.NullMarked
package cn.eduapp.registry.usage;
