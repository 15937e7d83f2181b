/**
 * The city's figures (issue 9 point 4): filings by status and category, registrations per month, complaints
 * and the share handled in time, rectification orders, apps in use per district. Reads the other modules'
 * facades only; it keeps no data of its own.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "system::*", "filing", "enforcement", "complaint", "usage"})
@org.jspecify.annotations.NullMarked
package cn.eduapp.registry.dashboard;
