/** Running the service: clock, scheduling, shared settings, metrics, event redelivery, the working-day calendar, health. */
@org.springframework.modulith.NamedInterface("operations")
@org.jspecify.annotations.NullMarked
package cn.eduapp.registry.system.operations;
