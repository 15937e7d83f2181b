/**
 * Enforcement and joint supervision (京教信〔2022〕5号 四、五) with due process for adverse decisions: numbered
 * rectification notices with their service, overdue findings and the city's refusal findings opening cases
 * (事先告知, 陈述申辩, a person's decision, 处理决定书, remedies), per-app black list entries and their end,
 * 撤销备案通报 to the CAC and the CA and takedown notices to every app store, the revocation of preschool training
 * filings (三(五)), and the communications administration's ICP precondition and orders (四(二)).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "system::*", "identity", "provider", "filing",
        "notification", "document"})
@org.jspecify.annotations.NullMarked
package cn.eduapp.registry.enforcement;
