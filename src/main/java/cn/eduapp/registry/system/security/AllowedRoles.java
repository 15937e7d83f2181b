package cn.eduapp.registry.system.security;

import cn.eduapp.registry.system.security.AllowedRoles;

import cn.eduapp.registry.shared.Role;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The roles that may call a handler. Checked before the body is read, so a wrong role answers 403
 * before a bad body could answer 400 (API.md's order of checks).
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface AllowedRoles {
    Role[] value();
}
