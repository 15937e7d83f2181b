/**
 * What every module stands on, in four named interfaces: {@code web}, {@code security}, {@code data} and
 * {@code operations}. Nothing lives at its root.
 */
@org.springframework.modulith.ApplicationModule
@org.jspecify.annotations.NullMarked
package cn.eduapp.registry.system;
