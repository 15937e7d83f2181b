package cn.eduapp.registry.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Institutions and use filings through the real API: the city creates districts, a district its schools
 * and their accounts, a school files its use of an app.
 */
public class UsageFixtures {

    /** The password every fixture account has once its holder chose it. */
    public static final String PASSWORD = "Institution-Passw0rd!";
    /** The first password a manager gives a new account; its holder must change it before anything else. */
    public static final String FIRST_PASSWORD = "Temporary-Passw0rd!1";

    private final Api api;

    public UsageFixtures(Api api) {
        this.api = api;
    }

    /** An institution with one admin account, logged in. */
    public record Institution(String id, String name, String username, String token) {
    }

    public static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** A district created by the city, with a DISTRICT_ADMIN account. */
    public Institution district() {
        String name = "测试" + suffix() + "区教育委员会";
        Api.Response r = Fixtures.expect(api.post("/api/v1/institutions", api.token("city-reviewer"),
                Api.json(Map.of("name", name, "kind", "DISTRICT", "districtCode", "110105"))), 201);
        return withAccount(r.text("id"), name, "DISTRICT_ADMIN", api.token("city-reviewer"));
    }

    /** A school created by its district under itself, with a SCHOOL_ADMIN account the district creates. */
    public Institution school(Institution district) {
        String name = "测试第" + suffix() + "小学";
        Api.Response r = Fixtures.expect(api.post("/api/v1/institutions", district.token(),
                Api.json(Map.of("name", name, "kind", "SCHOOL"))), 201);
        return withAccount(r.text("id"), name, "SCHOOL_ADMIN", district.token());
    }

    public Institution withAccount(String institutionId, String name, String role, String managerToken) {
        String username = "inst-" + suffix();
        Fixtures.expect(api.post("/api/v1/institutions/" + institutionId + "/accounts", managerToken,
                Api.json(Map.of("username", username, "password", FIRST_PASSWORD, "role", role))), 201);
        return new Institution(institutionId, name, username, firstSignIn(username));
    }

    /**
     * The holder of an account a manager created with {@link #FIRST_PASSWORD} signs in and sets {@link #PASSWORD}
     * (issue 16: nothing else is allowed before); returns the token it signed in with, still valid.
     */
    public String firstSignIn(String username) {
        String token = api.login(username, FIRST_PASSWORD);
        Fixtures.expect(api.post("/api/v1/auth/password", token, Api.json(Map.of("currentPassword", FIRST_PASSWORD,
                "newPassword", PASSWORD))), 204);
        return token;
    }

    public static Map<String, Object> useOf(String filingNumber) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("filingNumber", filingNumber);
        body.put("purpose", "体育课课后锻炼打卡");
        body.put("unifiedSelection", true);
        body.put("chargesStudents", false);
        body.put("selectionApprovedBy", "校务会（张校长）");
        body.put("selectionDate", LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(3).toString());
        return body;
    }

    public Api.Response file(String token, Map<String, Object> body) {
        return api.post("/api/v1/usage-filings", token, Api.json(body));
    }

    /** Files use of the app and returns the use filing's id. */
    public String uses(Institution institution, String filingNumber) {
        return Fixtures.expect(file(institution.token(), useOf(filingNumber)), 201).text("id");
    }
}
