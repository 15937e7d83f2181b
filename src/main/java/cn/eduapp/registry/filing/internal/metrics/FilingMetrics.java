package cn.eduapp.registry.filing.internal.metrics;

import cn.eduapp.registry.rules.PrecheckResult;
import cn.eduapp.registry.system.operations.CountGauges;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/** Filings by status (gauge) and pre-checks by result (counter) for /actuator/prometheus. */
@Component
public class FilingMetrics {

    private final Counter blocking;
    private final Counter clean;

    FilingMetrics(CountGauges gauges, MeterRegistry registry) {
        gauges.register("registry.filings", "Filings by status", "status", "select status, count(*) from filing group by status");
        this.blocking = Counter.builder("registry.prechecks").tag("result", "blocking").description("Pre-checks run").register(registry);
        this.clean = Counter.builder("registry.prechecks").tag("result", "clean").description("Pre-checks run").register(registry);
    }

    public void precheck(PrecheckResult result) {
        (result.blocking() ? blocking : clean).increment();
    }
}
