package cn.eduapp.registry.enforcement;

import static cn.eduapp.registry.support.Fixtures.expect;

import cn.eduapp.registry.identity.IdentityManagement;
import cn.eduapp.registry.identity.NewAccount;
import cn.eduapp.registry.identity.Organisation;
import cn.eduapp.registry.identity.OrganisationKind;
import cn.eduapp.registry.shared.Role;
import cn.eduapp.registry.support.Api;
import cn.eduapp.registry.support.Fixtures;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Enforcement in domain language, through the real API: orders, answers, decisions, app stores. */
public class EnforcementFixtures {

    private final Api api;

    public EnforcementFixtures(Api api) {
        this.api = api;
    }

    public record Store(String organisationId, String username, String token) {
    }

    /** A rectification order by the city on a registered filing, due at {@code deadline}; returns its id. */
    public String order(String filingId, String deadline) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("filingId", filingId);
        body.put("reason", "应用内存在诱导未成年人消费的内容");
        body.put("clause", "京教信〔2022〕5号 三");
        body.put("deadline", deadline);
        return expect(api.post("/api/v1/rectifications", api.token("city-reviewer"), Api.json(body)), 201).text("id");
    }

    public String order(String filingId, Instant deadline) {
        return order(filingId, deadline.toString());
    }

    public Api.Response answer(String orderId, Fixtures.Provider p) {
        return api.post("/api/v1/rectifications/" + orderId + "/response", p.token(),
                Api.json(Map.of("description", "已删除相关内容并完善审核机制")));
    }

    public Api.Response decide(String orderId, boolean accepted, String comment) {
        return api.post("/api/v1/rectifications/" + orderId + "/decision", api.token("city-reviewer"),
                Api.json(Map.of("accepted", accepted, "comment", comment)));
    }

    /**
     * The whole procedure to a revocation, without moving the clock: an order, the city's refusal finding, the
     * provider's statement, a REVOKE decision. Returns the decided case (its {@code blacklisting.id} is the listing).
     */
    public tools.jackson.databind.JsonNode revokeAndList(String filingId, Fixtures.Provider p) {
        String city = api.token("city-reviewer");
        String orderId = expect(api.post("/api/v1/rectifications", city, Api.json(Map.of("filingId", filingId,
                "reason", "应用内存在诱导未成年人消费的内容", "clause", "京教信〔2022〕5号 三", "deadlineWorkingDays", 10))), 201)
                .text("id");
        expect(api.post("/api/v1/rectifications/" + orderId + "/refusal-finding", city,
                Api.json(Map.of("evidence", "约谈时明确拒绝整改"))), 200);
        String caseId = api.get("/api/v1/rectifications/" + orderId, city).json().path("caseIds").get(0).asString();
        expect(api.post("/api/v1/enforcement-cases/" + caseId + "/statement", p.token(),
                Api.json(Map.of("text", "我单位无异议"))), 200);
        return expect(api.post("/api/v1/enforcement-cases/" + caseId + "/decision", city,
                Api.json(Map.of("outcome", "REVOKE", "reasons", "拒不整改，事实清楚"))), 200).json();
    }

    public String filingStatus(String filingId) {
        return api.get("/api/v1/filings/" + filingId, api.token("city-reviewer")).text("status");
    }

    public String orderStatus(String orderId) {
        return api.get("/api/v1/rectifications/" + orderId, api.token("city-reviewer")).text("status");
    }

    /** One more app store with its machine account (besides the demo store). */
    public static Store newAppStore(IdentityManagement identity, Api api) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Organisation org = identity.createOrganisation(OrganisationKind.APP_STORE, "测试应用商店" + suffix, null);
        String username = "store-" + suffix;
        identity.createAccount(new NewAccount(org.id(), username, Fixtures.PASSWORD, Set.of(Role.DISTRIBUTION_PLATFORM)));
        return new Store(org.id(), username, api.login(username, Fixtures.PASSWORD));
    }
}
