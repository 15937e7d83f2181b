package cn.eduapp.registry.system.operations;

import cn.eduapp.registry.system.operations.SchedulingConfiguration;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Scheduled work that must run on one instance at a time takes a row of {@code shedlock} (V4). The
 * database's clock decides, so instances whose clocks drift apart still agree on who holds the lock.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class SchedulingConfiguration {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                // named, not detected: detection on a pool that is closing (shutdown) fails as UNKNOWN
                .withDatabaseProduct(net.javacrumbs.shedlock.provider.sql.DatabaseProduct.POSTGRES_SQL)
                .build());
    }
}
