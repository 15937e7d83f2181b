/**
 * Demo samples: with {@code registry.demo=true} (and {@code registry.demo.samples}, default true) a fresh
 * database gets filings in every state, rectification orders, a blacklisted provider, use filings in three
 * districts and complaints, made through the other modules' facades as the demo accounts. Nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "system::*", "identity", "provider", "rules", "document",
        "filing", "enforcement", "usage", "complaint", "distribution"})
@org.jspecify.annotations.NullMarked
package cn.eduapp.registry.demo;
