package cn.eduapp.registry.system;

import cn.eduapp.registry.system.operations.CountGauges;

import static cn.eduapp.registry.support.Fixtures.expect;
import static org.assertj.core.api.Assertions.assertThat;

import cn.eduapp.registry.enforcement.EnforcementSweep;
import cn.eduapp.registry.support.Api;
import cn.eduapp.registry.support.Fixtures;
import cn.eduapp.registry.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;

class ObservabilityIT extends IntegrationTest {

    @Autowired
    CountGauges gauges;

    @Autowired
    EnforcementSweep enforcement;

    @LocalManagementPort
    int managementPort;

    /** The actuator's own port (loopback only): details and metrics live there, not on the public port. */
    private Api management() {
        return new Api("http://127.0.0.1:" + managementPort);
    }

    @Test
    void everyResponseCarriesARequestIdAndAGivenOneIsKept() {
        Api.Response r = api().get("/actuator/health", null);
        assertThat(r.header("X-Request-Id")).matches("[0-9a-f-]{36}");
        Api.Response problem = api().get("/api/v1/filings", null);
        assertThat(problem.header("X-Request-Id")).isNotBlank();
    }

    @Test
    void healthReportsTheDatabaseOnTheManagementPortAndOnlyTheStatusPublicly() {
        Api.Response r = expect(management().get("/actuator/health", null), 200);
        assertThat(r.text("status")).isEqualTo("UP");
        assertThat(r.json().path("components").path("db").path("status").asString()).isEqualTo("UP");

        Api.Response pub = expect(api().get("/actuator/health", null), 200);
        assertThat(pub.text("status")).isEqualTo("UP");
        assertThat(pub.json().has("components")).isFalse();
        assertThat(pub.body()).doesNotContain("db", "diskSpace");
    }

    @Test
    void metricsAreNotOnThePublicPort() {
        assertThat(managementPort).isNotEqualTo(port);
        for (String path : new String[] {"/actuator/prometheus", "/actuator", "/actuator/health/db", "/actuator/env",
                "/actuator/metrics"}) {
            assertThat(api().get(path, null).status()).as(path).isEqualTo(404);
            assertThat(api().get(path, api().token("city-reviewer")).status()).as(path + " signed in").isEqualTo(404);
        }
        assertThat(management().get("/actuator/prometheus", null).status()).isEqualTo(200);
    }

    @Test
    void prometheusShowsBusinessMetrics() {
        Fixtures.Provider p = fixtures().beijingCompany();
        String id = fixtures().createFiling(p, a -> { });
        expect(api().post("/api/v1/filings/" + id + "/precheck", p.token()), 200);
        gauges.refreshAll();
        String metrics = expect(management().get("/actuator/prometheus", null), 200).body();
        assertThat(metrics).contains("registry_filings{status=\"DRAFT\"}");
        assertThat(metrics).containsPattern("registry_prechecks_total\\{result=\"clean\"} [1-9]");
        assertThat(metrics).contains("http_server_requests_seconds");
    }

    @Test
    void verificationsSweepsAndComplaintsAreCounted() {
        double notFiled = metric("registry_verifications_total{status=\"NOT_FILED\"}");
        expect(api().get("/api/v1/verify?platform=ANDROID&identifier=cn.metrics.never.filed", api().token("appstore-demo")), 200);
        expect(api().get("/api/v1/verify?platform=IOS&identifier=cn.metrics.never.filed", api().token("appstore-demo")), 200);
        assertThat(metric("registry_verifications_total{status=\"NOT_FILED\"}")).isEqualTo(notFiled + 2);

        double runs = metric("registry_sweep_runs_total");
        enforcement.sweep();
        assertThat(metric("registry_sweep_runs_total")).isGreaterThanOrEqualTo(runs + 1);
        assertThat(prometheus()).contains("registry_sweep_overdue_total", "registry_sweep_bans_lifted_total");

        expect(api().post("/api/v1/public/complaints", null, Api.json(java.util.Map.of("category", "ADVERTISING",
                "appName", "指标测试应用", "description", "应用首页弹出游戏广告，点击后跳转到游戏下载页面。"))), 201);
        gauges.refreshAll();
        long received = jdbc.sql("select count(*) from complaint where status = 'RECEIVED'").query(Long.class).single();
        assertThat(metric("registry_complaints{status=\"RECEIVED\"}")).isEqualTo(received);
    }

    private String prometheus() {
        return expect(management().get("/actuator/prometheus", null), 200).body();
    }

    /** The value of one sample line, 0 when the series has none yet. */
    private double metric(String series) {
        return prometheus().lines().filter(l -> l.startsWith(series + " ")).findFirst()
                .map(l -> Double.parseDouble(l.substring(series.length() + 1).trim())).orElse(0.0);
    }
}
