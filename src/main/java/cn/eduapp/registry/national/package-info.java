/**
 * The national platform (全国教育移动互联网应用程序备案管理平台) behind one port (issue 22): where a
 * city-approved filing is sent and its number comes from ({@code registry.national.mode}: {@code in-system},
 * today's 教育部 step inside this platform, or {@code http}, a client of the national interface), and the
 * mirror of apps filed in other provinces (一省备案全国有效), kept by a scheduled sync.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "system::*", "provider", "filing"})
@org.jspecify.annotations.NullMarked
package cn.eduapp.registry.national;
