/** Accounts, organisations (agencies, institutions, providers, app stores), roles, tokens, lockout, password policy. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "system::*"})
@org.jspecify.annotations.NullMarked
package cn.eduapp.registry.identity;
