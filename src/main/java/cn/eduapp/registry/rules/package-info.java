/**
 * The compliance pre-check: facts in (the declaration, the provider, the day), scope, category and
 * findings out, each finding citing the clause of 京教信〔2022〕5号 or the Measures it comes from.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "system::*"})
@org.jspecify.annotations.NullMarked
package cn.eduapp.registry.rules;
