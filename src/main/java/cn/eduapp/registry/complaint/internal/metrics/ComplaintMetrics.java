package cn.eduapp.registry.complaint.internal.metrics;

import cn.eduapp.registry.system.operations.CountGauges;
import org.springframework.stereotype.Component;

/** Complaints by status (gauge) for /actuator/prometheus: a growing RECEIVED count is a backlog. */
@Component
class ComplaintMetrics {

    ComplaintMetrics(CountGauges gauges) {
        gauges.register("registry.complaints", "Complaints by status", "status",
                "select status, count(*) from complaint group by status");
    }
}
