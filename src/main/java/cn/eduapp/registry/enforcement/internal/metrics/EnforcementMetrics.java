package cn.eduapp.registry.enforcement.internal.metrics;

import cn.eduapp.registry.enforcement.SweepResult;
import cn.eduapp.registry.system.operations.CountGauges;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * Sweep runs and what they did (counters), and rectification orders by status (gauge), for
 * /actuator/prometheus: a sweep that stops running or escalates in bulk is what an operator must see.
 */
@Component
public class EnforcementMetrics {

    private final Counter runs;
    private final Counter escalations;
    private final Counter bansLifted;
    private final Counter reminders;

    EnforcementMetrics(CountGauges gauges, MeterRegistry registry) {
        gauges.register("registry.rectification.orders", "Rectification orders by status", "status",
                "select status, count(*) from rectification_order group by status");
        this.runs = Counter.builder("registry.sweep.runs").description("Enforcement sweeps run").register(registry);
        this.escalations = Counter.builder("registry.sweep.overdue")
                .description("Overdue rectification orders found, each opening an enforcement case").register(registry);
        this.bansLifted = Counter.builder("registry.sweep.bans.lifted").description("Expired bans lifted").register(registry);
        this.reminders = Counter.builder("registry.sweep.reminders")
                .description("Reminders raised for takedown notices left unacknowledged").register(registry);
    }

    public void swept(SweepResult r) {
        runs.increment();
        escalations.increment(r.overdue());
        bansLifted.increment(r.bansLifted());
        reminders.increment(r.reminders());
    }
}
