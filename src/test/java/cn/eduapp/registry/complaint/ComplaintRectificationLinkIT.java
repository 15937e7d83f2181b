package cn.eduapp.registry.complaint;

import static cn.eduapp.registry.support.Fixtures.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.eduapp.registry.support.Api;
import cn.eduapp.registry.support.Fixtures;
import cn.eduapp.registry.support.IntegrationTest;
import cn.eduapp.registry.system.security.RateLimitFilter;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A substantiated complaint starts a rectification order; complaint and order name each other. */
class ComplaintRectificationLinkIT extends IntegrationTest {

    @Autowired
    RateLimitFilter rateLimits;

    @Test
    void anOrderStartedFromASubstantiatedComplaintIsLinkedBothWays() {
        rateLimits.reset();
        Fixtures.Provider p = fixtures().beijingCompany();
        String filingId = fixtures().registered(p);
        Api.Response filing = api().get("/api/v1/filings/" + filingId, p.token());
        Map<String, Object> body = ComplaintFixtures.body("ADVERTISING", filing.json().path("app").path("name").asString());
        body.put("identifier", filing.text("filingNumber"));
        String tracking = expect(api().post("/api/v1/public/complaints", null, Api.json(body)), 201).text("trackingNumber");
        String city = api().token("city-reviewer");
        String complaintId = jdbc.sql("select id::text from complaint where tracking_number = ?").param(tracking)
                .query(String.class).single();
        expect(api().post("/api/v1/complaints/" + complaintId + "/resolve", city,
                Api.json(Map.of("outcome", "SUBSTANTIATED", "feedback", "经核实存在广告，已责令整改。"))), 200);

        String deadline = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(20).toString();
        Api.Response order = expect(api().post("/api/v1/rectifications", city, Api.json(Map.of("filingId", filingId,
                "reason", "应用内含广告", "clause", "京教信〔2022〕5号 三", "deadline", deadline, "complaintId", complaintId))), 201);
        String orderId = order.text("id");
        assertThat(expect(api().get("/api/v1/rectifications/" + orderId, city), 200).text("complaintId")).isEqualTo(complaintId);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(api().get("/api/v1/complaints/" + complaintId, city).text("rectificationId")).isEqualTo(orderId));
        rateLimits.reset();
    }
}
