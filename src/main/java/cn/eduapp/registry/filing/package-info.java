/**
 * The core: app filings (提供者备案), their lifecycle from draft through city review and the national
 * step to registration, filing numbers, histories, and the changes enforcement makes to them.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "system::*", "provider", "rules", "document"})
@org.jspecify.annotations.NullMarked
package cn.eduapp.registry.filing;
