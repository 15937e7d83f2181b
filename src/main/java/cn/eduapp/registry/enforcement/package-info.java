/**
 * Enforcement and joint supervision (京教信〔2022〕5号 四、五): rectification orders whose deadlines escalate on
 * their own (revocation, six-month blacklisting), takedown notices to every app store and their
 * acknowledgements, the revocation of preschool training filings (三(五)), and the communications
 * administration's ICP precondition and orders (四(二)).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "system", "identity", "provider", "filing"})
@org.jspecify.annotations.NullMarked
package cn.eduapp.registry.enforcement;
