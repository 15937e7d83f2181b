/**
 * Complaints and reports (投诉举报): the public intake without an account, routing by category to the
 * education commission, the CA or the CAC, due dates in working days, the agencies' handling, the
 * complainant's view by tracking number and access code, and figures for the city.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "system::*", "identity", "filing", "enforcement", "document", "national"})
@org.jspecify.annotations.NullMarked
package cn.eduapp.registry.complaint;
