package cn.eduapp.registry.system.operations;

import cn.eduapp.registry.system.operations.ManagementPortDefaults;

import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Metrics and detailed health are internal (issue 16): the actuator runs on its own port, bound to
 * 127.0.0.1, unless {@code management.server.port} / {@code .address} say otherwise. The default port is
 * the service's port + 1 (8081 beside 8080), or a free one when the service's port is itself chosen at
 * random (0, as tests do), so two instances on one machine never collide by default.
 */
public class ManagementPortDefaults implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> defaults = new HashMap<>();
        if (!environment.containsProperty("management.server.port")) {
            int port = environment.getProperty("server.port", Integer.class, 8080);
            defaults.put("management.server.port", port <= 0 ? 0 : port + 1);
        }
        if (!environment.containsProperty("management.server.address")) {
            defaults.put("management.server.address", "127.0.0.1");
        }
        environment.getPropertySources().addLast(new MapPropertySource("registryManagementDefaults", defaults));
    }
}
