/** Tiny value types every module speaks: credit codes, filing numbers, roles, the acting user, Beijing time. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
@org.jspecify.annotations.NullMarked
package cn.eduapp.registry.shared;
