package cn.eduapp.registry.dashboard.internal.web;

import cn.eduapp.registry.dashboard.CityFigures;
import cn.eduapp.registry.dashboard.DashboardManagement;
import cn.eduapp.registry.shared.Beijing;
import cn.eduapp.registry.shared.Role;
import cn.eduapp.registry.system.security.AllowedRoles;
import cn.eduapp.registry.system.web.Messages;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import tools.jackson.databind.json.JsonMapper;

/**
 * The city's figures as a page: charts drawn by static/js/dashboard.js from a JSON data block in the page
 * (the CSP allows no inline script, and a data block is not executed), and the same numbers as tables for
 * readers without JavaScript or with a screen reader.
 */
@Controller
class DashboardPageController {

    private static final DateTimeFormatter AS_OF = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Beijing.ZONE);

    private final DashboardManagement dashboard;
    private final Messages messages;
    private final JsonMapper json;

    DashboardPageController(DashboardManagement dashboard, Messages messages, JsonMapper json) {
        this.dashboard = dashboard;
        this.messages = messages;
        this.json = json;
    }

    @GetMapping("/dashboard")
    @AllowedRoles(Role.CITY_REVIEWER)
    String page(Model model) {
        CityFigures figures = dashboard.cityFigures();
        model.addAttribute("figures", figures);
        model.addAttribute("asOf", AS_OF.format(figures.asOf()));
        model.addAttribute("registered", count(figures, "REGISTERED") + count(figures, "UNDER_RECTIFICATION"));
        model.addAttribute("matrix", matrix(figures));
        model.addAttribute("inReview", count(figures, "CITY_REVIEW") + count(figures, "MOE_REVIEW"));
        model.addAttribute("figuresJson", dataBlock(Map.of("figures", figures, "labels", labels(figures))));
        return "dashboard/index";
    }

    /** Status → category → count, every cell present (the table under the stacked bars). */
    private static Map<String, Map<String, Long>> matrix(CityFigures f) {
        Map<String, Map<String, Long>> m = new LinkedHashMap<>();
        for (CityFigures.StatusCount s : f.filings().byStatus()) {
            Map<String, Long> row = new LinkedHashMap<>();
            f.filings().byCategory().forEach(c -> row.put(c.category(), 0L));
            m.put(s.status(), row);
        }
        f.filings().byStatusAndCategory().forEach(c -> m.get(c.status()).merge(c.category(), c.count(), Long::sum));
        return m;
    }

    private static long count(CityFigures f, String status) {
        return f.filings().byStatus().stream().filter(s -> s.status().equals(status))
                .mapToLong(CityFigures.StatusCount::count).sum();
    }

    /** Chinese names for every identifier the charts show, so the script holds no texts of its own. */
    private Map<String, Object> labels(CityFigures f) {
        Map<String, Object> labels = new LinkedHashMap<>();
        labels.put("status", names(f.filings().byStatus().stream().map(CityFigures.StatusCount::status).toList(),
                "filing.status."));
        labels.put("category", names(f.filings().byCategory().stream().map(CityFigures.CategoryCount::category).toList(),
                "dashboard.category."));
        labels.put("complaintCategory", names(f.complaints().byCategory().stream()
                .map(CityFigures.CategoryCount::category).toList(), "complaint.category."));
        labels.put("text", names(List.of("filings", "registrations", "onTime", "onTimeNone", "onTimeResolved", "orders", "ordersOpen",
                "ordersAnswered", "ordersDueSoon", "ordersOverdue", "districtApps", "districtFilings", "complaints",
                "count"), "dashboard.chart."));
        return labels;
    }

    private Map<String, String> names(List<String> ids, String prefix) {
        Map<String, String> names = new LinkedHashMap<>();
        ids.forEach(id -> names.put(id, messages.get(prefix + id)));
        return names;
    }

    /**
     * JSON for a {@code <script type="application/json">} block: '<', '>' and '&' are escaped, so no text in it
     * (an app or district name) can close the element.
     */
    private String dataBlock(Object value) {
        return json.writeValueAsString(value).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
