package cn.eduapp.registry.identity.internal;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The address of the client of the current request, for the audit of secret checks ("" outside a request). */
final class Clients {

    private Clients() {
    }

    static String address() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a
                ? a.getRequest().getRemoteAddr() : "";
    }
}
