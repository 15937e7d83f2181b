package cn.eduapp.registry.system.operations;

import cn.eduapp.registry.system.operations.CountGauges;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Business gauges counted in the database (filings by status, complaints by status …): each module
 * registers a query returning (tag value, count); all are refreshed every 30 seconds, never per scrape.
 */
@Component
public class CountGauges {

    private static final Logger log = LoggerFactory.getLogger(CountGauges.class);

    record Registration(MultiGauge gauge, String tagName, String sql) {
    }

    private final MeterRegistry registry;
    private final JdbcClient jdbc;
    private final Map<String, Registration> gauges = new ConcurrentHashMap<>();

    CountGauges(MeterRegistry registry, JdbcClient jdbc) {
        this.registry = registry;
        this.jdbc = jdbc;
    }

    /** {@code sql} selects two columns: the tag value and the count. */
    public void register(String name, String description, String tagName, String sql) {
        MultiGauge gauge = MultiGauge.builder(name).description(description).register(registry);
        gauges.put(name, new Registration(gauge, tagName, sql));
        refresh(gauges.get(name));
    }

    @Scheduled(fixedDelayString = "${registry.metrics.refresh:PT30S}", initialDelayString = "PT30S")
    public void refreshAll() {
        gauges.values().forEach(this::refresh);
    }

    private void refresh(Registration r) {
        try {
            List<MultiGauge.Row<?>> rows = new java.util.ArrayList<>();
            jdbc.sql(r.sql()).query((rs, i) -> rows.add(MultiGauge.Row.of(Tags.of(r.tagName(), rs.getString(1)), rs.getLong(2))))
                    .list();
            r.gauge().register(rows, true);
        } catch (RuntimeException e) {
            log.warn("Could not refresh gauge: {}", e.getMessage());
        }
    }
}
