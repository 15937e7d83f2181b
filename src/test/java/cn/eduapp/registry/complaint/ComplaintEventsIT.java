package cn.eduapp.registry.complaint;

import static cn.eduapp.registry.support.Fixtures.expect;
import static org.assertj.core.api.Assertions.assertThat;

import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.shared.Role;
import cn.eduapp.registry.support.Api;
import cn.eduapp.registry.support.IntegrationTest;
import cn.eduapp.registry.system.security.RateLimitFilter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The audit trail's side: what the module announces, recorded on the test's own thread. */
@RecordApplicationEvents
class ComplaintEventsIT extends IntegrationTest {

    @Autowired
    ComplaintManagement complaints;

    @Autowired
    RateLimitFilter rateLimit;

    @Autowired
    ApplicationEvents events;

    @Test
    void viewingContactDetailsAnnouncesAnAuditableEventWithoutThePersonalData() {
        rateLimit.reset();
        Map<String, Object> body = ComplaintFixtures.body("FEES", ComplaintFixtures.uniqueApp());
        body.put("contact", Map.of("name", "周九", "phone", "13511112222"));
        String tracking = expect(api().post("/api/v1/public/complaints", null, Api.json(body)), 201).text("trackingNumber");
        String id = new ComplaintFixtures(api()).idInQueue("city-reviewer", tracking);
        Api.Response login = expect(api().post("/api/v1/auth/login", null,
                Api.json(Map.of("username", "city-reviewer", "password", Api.DEMO_PASSWORD))), 200);
        CurrentUser city = new CurrentUser("acc", "city-reviewer", login.text("organisationId"), "北京市教育委员会",
                Set.of(Role.CITY_REVIEWER));

        ComplaintDetail detail = complaints.view(id, city, "API");
        assertThat(detail.contact()).isNotNull();
        List<ComplainantContactViewed> viewed = events.stream(ComplainantContactViewed.class).toList();
        assertThat(viewed).hasSize(1);
        ComplainantContactViewed e = viewed.get(0);
        assertThat(e.complaintId()).isEqualTo(id);
        assertThat(e.actor().username()).isEqualTo("city-reviewer");
        assertThat(e.action()).isEqualTo("COMPLAINANT_CONTACT_VIEWED");
        assertThat(e.summary()).doesNotContain("13511112222", "周九");

        complaints.resolve(id, city, ComplaintOutcome.SUBSTANTIATED, "属实", null);
        assertThat(events.stream(ComplaintResolved.class).filter(r -> r.complaintId().equals(id)).findFirst())
                .hasValueSatisfying(r -> assertThat(r.onTime()).isTrue());
        // the resolution's answer shows no contact: only a deliberate view does, and it is recorded
        assertThat(events.stream(ComplainantContactViewed.class).count()).isEqualTo(1);
    }
}
