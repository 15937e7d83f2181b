package cn.eduapp.registry.system.security;

import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.shared.Role;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * A GET endpoint on the hottest path, answered by {@link FastApiFilter} ahead of the servlet stack once the
 * caller has passed the API chain's own checks (bearer token, account state, account rate limit) and holds one
 * of {@link #roles()}. It keeps a controller method for the same path, which serves everything else (HEAD, the
 * OpenAPI description) and must declare the same roles.
 */
public interface FastApiEndpoint {

    /** The exact request path, without query. */
    String path();

    /** Who may call it. */
    Set<Role> roles();

    /**
     * Writes the answer. An {@link cn.eduapp.registry.system.web.ApiProblem} thrown before anything is written
     * is sent as the API's problem response.
     */
    void answer(HttpServletRequest request, HttpServletResponse response, CurrentUser caller) throws IOException;
}
