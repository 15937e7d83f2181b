package cn.eduapp.registry.system.security;

import cn.eduapp.registry.system.security.AllowedRoles;
import cn.eduapp.registry.system.security.RoleCheckInterceptor;

import cn.eduapp.registry.shared.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import cn.eduapp.registry.shared.Role;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

public class RoleCheckInterceptor implements HandlerInterceptor {

    /** No roles named: anyone the security chain let through. */
    private static final Role[] ANYONE = new Role[0];
    /** The roles of each handler, looked up once: annotation lookups cost more than the verify read itself. */
    private final Map<Method, Role[]> rolesByHandler = new ConcurrentHashMap<>();

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        Role[] allowed = rolesByHandler.computeIfAbsent(method.getMethod(), m -> allowedRoles(method));
        if (allowed == ANYONE) {
            return true;
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof CurrentUser user
                && Arrays.stream(allowed).anyMatch(user::has)) {
            return true;
        }
        throw new AccessDeniedException("role");
    }

    private static Role[] allowedRoles(HandlerMethod method) {
        AllowedRoles allowed = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), AllowedRoles.class);
        if (allowed == null) {
            allowed = AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), AllowedRoles.class);
        }
        return allowed == null ? ANYONE : allowed.value();
    }
}
