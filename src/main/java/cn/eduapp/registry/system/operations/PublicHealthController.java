package cn.eduapp.registry.system.operations;

import cn.eduapp.registry.system.operations.ManagementPortDefaults;
import cn.eduapp.registry.system.operations.PublicHealthController;

import java.util.Map;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.contributor.Status;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /actuator/health} on the public port: the status alone (200 UP, 503 otherwise), for load
 * balancers and the start-up checks of API.md. The actuator itself (details, metrics) answers only on the
 * management port, bound to loopback ({@link ManagementPortDefaults}); on the public port every other
 * /actuator path is 404.
 */
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication(
        type = org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type.SERVLET)
@RestController
class PublicHealthController {

    private final HealthEndpoint health;

    PublicHealthController(HealthEndpoint health) {
        this.health = health;
    }

    @GetMapping("/actuator/health")
    ResponseEntity<Map<String, String>> health() {
        Status status = health.health().getStatus();
        return ResponseEntity.status(Status.UP.equals(status) ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
                .cacheControl(CacheControl.noStore())
                .body(Map.of("status", status.getCode()));
    }
}
