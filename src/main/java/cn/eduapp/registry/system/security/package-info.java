/** Who may do what: the security chains, roles on handlers, bearer tokens, account states, rate limits, personal-data encryption. */
@org.springframework.modulith.NamedInterface("security")
@org.jspecify.annotations.NullMarked
package cn.eduapp.registry.system.security;
