package cn.eduapp.registry.system.data;

import cn.eduapp.registry.system.data.EmbeddedPostgresConfiguration;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import cn.eduapp.registry.system.operations.RegistrySettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * With no {@code spring.datasource.url}, the service runs its own PostgreSQL whose files live under
 * {@code registry.data-dir} and survive restarts. With a URL, Boot's own data source is used.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedPostgresConfiguration.NoDatasourceUrl.class)
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    static class NoDatasourceUrl implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String url = context.getEnvironment().getProperty("spring.datasource.url");
            return url == null || url.isBlank();
        }
    }

    // zonky's own shutdown hook could stop PostgreSQL while the pool still uses it; Spring closes it
    // after the data source instead (destroy order follows the dependency).
    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(RegistrySettings registry, EmbeddedSettings settings) throws IOException {
        boolean fresh = settings.fresh();
        int port = settings.port();
        boolean durable = settings.durable();
        Path pgData = Path.of(registry.dataDir()).toAbsolutePath().resolve("pg");
        if (fresh) {
            deleteRecursively(pgData);
        }
        Files.createDirectories(pgData.getParent());
        stopOrphanedServer(pgData);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(pgData)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                // pg_trgm extracts no trigrams from Chinese under the C locale
                .setLocaleConfig("locale", "C.UTF-8")
                .setServerConfig("max_connections", "100")
                // zonky defaults to fsync off for tests; the service keeps every committed decision
                .setServerConfig("fsync", durable ? "on" : "off")
                .setServerConfig("synchronous_commit", durable ? "on" : "off");
        if (port > 0) {
            builder.setPort(port);
        }
        EmbeddedPostgres pg = builder.start();
        log.info("Embedded PostgreSQL on port {} with data in {}", pg.getPort(), pgData);
        return pg;
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgres pg, EmbeddedSettings.Pool pool) {
        int poolSize = pool.maximumPoolSize();
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:postgresql://localhost:" + pg.getPort() + "/postgres");
        config.setUsername("postgres");
        config.setMaximumPoolSize(poolSize);
        config.setPoolName("registry");
        config.setConnectionTimeout(5_000);
        return new HikariDataSource(config);
    }

    /**
     * After a crash (kill -9) of the service, the PostgreSQL it started keeps running and holds the data
     * directory: stop it (SIGTERM = smart shutdown; its clients died with the service) before starting anew.
     */
    static void stopOrphanedServer(Path pgData) throws IOException {
        Path pidFile = pgData.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
        } catch (RuntimeException e) {
            return;
        }
        java.util.Optional<ProcessHandle> process = ProcessHandle.of(pid)
                .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
        if (process.isEmpty()) {
            return;
        }
        log.warn("Stopping the PostgreSQL (pid {}) left running on {} by a previous instance", pid, pgData);
        process.get().destroy();
        try {
            process.get().onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            process.get().destroyForcibly();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
