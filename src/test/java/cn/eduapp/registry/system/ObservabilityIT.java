package cn.eduapp.registry.system;

import static cn.eduapp.registry.support.Fixtures.expect;
import static org.assertj.core.api.Assertions.assertThat;

import cn.eduapp.registry.support.Api;
import cn.eduapp.registry.support.Fixtures;
import cn.eduapp.registry.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ObservabilityIT extends IntegrationTest {

    @Autowired
    CountGauges gauges;

    @Test
    void everyResponseCarriesARequestIdAndAGivenOneIsKept() {
        Api.Response r = api().get("/actuator/health", null);
        assertThat(r.header("X-Request-Id")).matches("[0-9a-f-]{36}");
        Api.Response problem = api().get("/api/v1/filings", null);
        assertThat(problem.header("X-Request-Id")).isNotBlank();
    }

    @Test
    void healthReportsTheDatabase() {
        Api.Response r = expect(api().get("/actuator/health", null), 200);
        assertThat(r.text("status")).isEqualTo("UP");
        assertThat(r.json().path("components").path("db").path("status").asString()).isEqualTo("UP");
    }

    @Test
    void prometheusShowsBusinessMetrics() {
        Fixtures.Provider p = fixtures().beijingCompany();
        String id = fixtures().createFiling(p, a -> { });
        expect(api().post("/api/v1/filings/" + id + "/precheck", p.token()), 200);
        gauges.refreshAll();
        String metrics = expect(api().get("/actuator/prometheus", null), 200).body();
        assertThat(metrics).contains("registry_filings{status=\"DRAFT\"}");
        assertThat(metrics).containsPattern("registry_prechecks_total\\{result=\"clean\"} [1-9]");
        assertThat(metrics).contains("http_server_requests_seconds");
    }
}
