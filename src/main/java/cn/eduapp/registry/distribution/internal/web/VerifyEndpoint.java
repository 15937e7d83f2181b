package cn.eduapp.registry.distribution.internal.web;

import cn.eduapp.registry.distribution.DistributionManagement;
import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.shared.Role;
import cn.eduapp.registry.system.security.FastApiEndpoint;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * {@code GET /api/v1/verify} on the fast lane: the app stores' hot path, one lookup in the verification index
 * (held in memory) and its answer sent as stored. {@link DistributionApiController#verify} documents it.
 */
@Component
class VerifyEndpoint implements FastApiEndpoint {

    private final DistributionManagement distribution;

    VerifyEndpoint(DistributionManagement distribution) {
        this.distribution = distribution;
    }

    @Override
    public String path() {
        return VerifyQuery.PATH;
    }

    @Override
    public Set<Role> roles() {
        return VerifyQuery.ROLES;
    }

    @Override
    public void answer(HttpServletRequest request, HttpServletResponse response, CurrentUser caller) throws IOException {
        VerifyQuery q = VerifyQuery.of(request.getParameter("platform"), request.getParameter("identifier"),
                request.getParameter("certSha256"));
        byte[] body = distribution.verify(q.platform(), q.identifier(), q.certSha256());
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
