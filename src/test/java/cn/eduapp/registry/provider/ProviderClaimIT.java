package cn.eduapp.registry.provider;

import static cn.eduapp.registry.support.Fixtures.expect;
import static org.assertj.core.api.Assertions.assertThat;

import cn.eduapp.registry.support.Api;
import cn.eduapp.registry.support.CreditCodes;
import cn.eduapp.registry.support.Fixtures;
import cn.eduapp.registry.support.IntegrationTest;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Issue 21 point 2: an imported provider is found by its code, gets a claim code from the city and is claimed. */
class ProviderClaimIT extends IntegrationTest {

    private String city() {
        return api().token("city-reviewer");
    }

    private String issue(String providerId) {
        JsonNode r = expect(api().post("/api/v1/providers/" + providerId + "/claim-codes", city()), 201).json();
        assertThat(r.path("expiresAt").asString()).isNotBlank();
        return r.path("code").asString();
    }

    private Api.Response claim(String creditCode, String code, String username) {
        return api().post("/api/v1/providers/claims", null, Api.json(Map.of("creditCode", creditCode, "claimCode", code,
                "username", username, "password", Fixtures.PASSWORD,
                "contact", Map.of("name", "王五", "phone", "13900000000", "email", "wang@example.cn"))));
    }

    private static String username() {
        return "claim-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static void refused(Api.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(422);
        assertThat(r.json().path("errors").get(0).path("code").asString()).isEqualTo("CLAIM_REFUSED");
        assertThat(r.json().path("detail").asString()).contains("认领码不正确、已过期或已使用");
    }

    @Test
    void theCityFindsAnImportedProviderByItsCodeAndTheOrganisationClaimsItWithAOneTimeCode() {
        ImportedProviders.Imported p = ImportedProviders.importOne(api(), jdbc);
        JsonNode found = expect(api().get("/api/v1/providers?creditCode=" + p.creditCode(), city()), 200).json();
        assertThat(found.path("items")).hasSize(1);
        JsonNode item = found.path("items").get(0);
        assertThat(item.path("id").asString()).isEqualTo(p.providerId());
        assertThat(item.path("verification").asString()).isEqualTo("UNCLAIMED");
        assertThat(item.path("contact").path("name").asString()).isEqualTo("李四");
        assertThat(item.path("contact").path("email").asString()).isEqualTo("li@example.cn");
        // a provider does not look others up; an unknown code finds nothing
        Fixtures.Provider other = fixtures().beijingCompany();
        expect(api().get("/api/v1/providers?creditCode=" + p.creditCode(), other.token()), 403);
        assertThat(expect(api().get("/api/v1/providers?creditCode=" + CreditCodes.withWrongCheck(other.creditCode()), city()),
                400).json().path("errors").get(0).path("field").asString()).isEqualTo("creditCode");
        expect(api().post("/api/v1/providers/" + other.id() + "/claim-codes", city()), 409);

        String code = issue(p.providerId());
        String hash = jdbc.sql("select code_hash from provider_claim_code where provider_id = ?::uuid")
                .param(p.providerId()).query(String.class).single();
        assertThat(hash).doesNotContain(code);

        refused(claim(p.creditCode(), "WRONGCODE234", username()));
        String username = username();
        JsonNode claimed = expect(claim(p.creditCode(), code, username), 201).json();
        assertThat(claimed.path("id").asString()).isEqualTo(p.providerId());
        assertThat(claimed.path("verification").asString()).isEqualTo("VERIFIED");
        String token = api().login(username, Fixtures.PASSWORD);
        JsonNode profile = expect(api().get("/api/v1/providers/" + p.providerId(), token), 200).json();
        assertThat(profile.path("contact").path("name").asString()).isEqualTo("王五");
        assertThat(jdbc.sql("select verification || '/' || verified_by from provider where id = ?::uuid")
                .param(p.providerId()).query(String.class).single()).isEqualTo("VERIFIED/claim");

        // the code is used: the same words as a wrong one; the provider is no longer claimable
        refused(claim(p.creditCode(), code, username()));
        expect(api().post("/api/v1/providers/" + p.providerId() + "/claim-codes", city()), 409);
        JsonNode audit = api().get("/api/v1/audit?entityType=PROVIDER&entityId=" + p.providerId(), city()).json();
        assertThat(audit.path("items").findValuesAsString("action"))
                .contains("PROVIDER_CLAIM_CODE_ISSUED", "PROVIDER_CLAIMED", "PROVIDER_CLAIM_REFUSED");
    }

    @Test
    void anExpiredOrReplacedCodeIsRefusedInTheSameWords() {
        ImportedProviders.Imported p = ImportedProviders.importOne(api(), jdbc);
        String first = issue(p.providerId());
        String second = issue(p.providerId());
        refused(claim(p.creditCode(), first, username()));
        clock.advance(Duration.ofDays(15));
        refused(claim(p.creditCode(), second, username()));
        clock.reset();
        String third = issue(p.providerId());
        expect(claim(p.creditCode(), third.substring(0, 4) + "-" + third.substring(4).toLowerCase(), username()), 201);
    }

    @Test
    void fiveWrongCodesLockClaimsOfThatProviderLikeWrongPasswords() {
        ImportedProviders.Imported p = ImportedProviders.importOne(api(), jdbc);
        String code = issue(p.providerId());
        for (int i = 0; i < 5; i++) {
            refused(claim(p.creditCode(), "WRONGCODE23" + (i + 2), username()));
        }
        Api.Response locked = claim(p.creditCode(), code, username());
        assertThat(locked.status()).isEqualTo(422);
        assertThat(locked.json().path("errors").get(0).path("code").asString()).isEqualTo("CLAIM_LOCKED");
        clock.advance(Duration.ofMinutes(16));
        expect(claim(p.creditCode(), code, username()), 201);
    }

    @Test
    void aWeakPasswordIsRefusedAndTheCodeStaysUsable() {
        ImportedProviders.Imported p = ImportedProviders.importOne(api(), jdbc);
        String code = issue(p.providerId());
        Api.Response weak = api().post("/api/v1/providers/claims", null, Api.json(Map.of("creditCode", p.creditCode(),
                "claimCode", code, "username", username(), "password", "short",
                "contact", Map.of("name", "王五", "phone", "13900000000"))));
        assertThat(weak.status()).as(weak.body()).isEqualTo(400);
        expect(claim(p.creditCode(), code, username()), 201);
    }

    @Test
    void registeringACodeAlreadyHereIsAConflictThatSaysHowToClaimOrDispute() {
        ImportedProviders.Imported p = ImportedProviders.importOne(api(), jdbc);
        Map<String, Object> body = Map.of("name", "冒名单位", "creditCode", p.creditCode(), "legalPersonType", "FOR_PROFIT",
                "contact", Map.of("name", "张三", "phone", "13800000000"),
                "account", Map.of("username", username(), "password", Fixtures.PASSWORD));
        Api.Response r = api().post("/api/v1/providers", null, Api.json(body));
        assertThat(r.status()).as(r.body()).isEqualTo(409);
        assertThat(r.json().path("errors").get(0).path("code").asString()).isEqualTo("PROVIDER_EXISTS");
        assertThat(r.json().path("detail").asString()).contains("认领码", "北京市教育委员会", "异议");
    }
}
