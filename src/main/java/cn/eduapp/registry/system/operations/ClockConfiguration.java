package cn.eduapp.registry.system.operations;

import cn.eduapp.registry.system.operations.ClockConfiguration;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Domain code never calls now(): it asks this clock, which tests replace. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
