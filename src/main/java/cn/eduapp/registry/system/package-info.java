/**
 * What every module stands on: the embedded PostgreSQL start-up, security chains, problem details,
 * the clock, messages, paging and the page layout.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
@org.jspecify.annotations.NullMarked
package cn.eduapp.registry.system;
