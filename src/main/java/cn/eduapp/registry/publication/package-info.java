/**
 * The public column (公示专栏, 京教信〔2022〕5号 五): the live white and black lists, their pages, CSV
 * exports (also as they stood on a past day), the Atom feed of changes, and the verification index app
 * stores query. Read models fed by filing and provider events; nothing here reads the workflow tables
 * when it answers.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "system::*", "provider", "filing", "rules", "enforcement", "transparency", "certificate", "document", "inspection", "national"})
@org.jspecify.annotations.NullMarked
package cn.eduapp.registry.publication;
