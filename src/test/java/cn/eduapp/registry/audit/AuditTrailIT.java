package cn.eduapp.registry.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.AuditableEvent;
import cn.eduapp.registry.support.Api;
import cn.eduapp.registry.support.Fixtures;
import cn.eduapp.registry.support.IntegrationTest;
import cn.eduapp.registry.support.PageSession;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** The hash-chained trail: written with the change, append-only in the database, tampering detected. */
class AuditTrailIT extends IntegrationTest {

    record Probe(Actor actor, String entityId, String summary) implements AuditableEvent {
        public String action() { return "TEST_PROBE"; }
        public String entityType() { return "TEST"; }
    }

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    AuditManagement audit;

    private String city() {
        return api().token("city-reviewer");
    }

    private JsonNode trail(String type, String id) {
        Api.Response r = api().get("/api/v1/audit?entityType=" + type + "&entityId=" + id + "&size=200", city());
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private long count(String entityId) {
        return jdbc.sql("select count(*) from audit_entry where entity_id = ?").param(entityId).query(Long.class).single();
    }

    private String probe(String summary) {
        String id = UUID.randomUUID().toString();
        events.publishEvent(new Probe(new Actor("tester", "org-1"), id, summary));
        return id;
    }

    @Test
    void everyStepOfAFilingIsChainedAndTheChainVerifies() {
        Fixtures.Provider p = fixtures().beijingCompany();
        String filing = fixtures().registered(p);

        JsonNode body = trail("FILING", filing);
        List<String> actions = new ArrayList<>();
        body.path("items").forEach(i -> actions.add(i.path("action").asString()));
        // newest first
        assertThat(actions).containsSubsequence("FILING_NUMBER_ISSUED", "FILING_MOE_REGISTERED", "FILING_CITY_APPROVED",
                "FILING_SUBMITTED");
        assertThat(body.path("total").asLong()).isEqualTo(actions.size());
        assertThat(body.path("page").asInt()).isZero();
        assertThat(body.path("size").asInt()).isEqualTo(200);
        JsonNode newest = body.path("items").get(0);
        assertThat(newest.path("entityType").asString()).isEqualTo("FILING");
        assertThat(newest.path("entityId").asString()).isEqualTo(filing);
        assertThat(newest.path("actor").asString()).isEqualTo("moe-reviewer");
        assertThat(newest.path("hash").asString()).matches("[0-9a-f]{64}");
        assertThat(newest.path("at").asString()).endsWith("Z");
        // each entry's prevHash is the hash of the entry before it in the whole chain
        long seq = newest.path("seq").asLong();
        String previous = jdbc.sql("select hash from audit_entry where seq = ?").param(seq - 1).query(String.class).single();
        assertThat(newest.path("prevHash").asString()).isEqualTo(previous);

        Api.Response v = api().get("/api/v1/audit/verification", city());
        assertThat(v.status()).isEqualTo(200);
        assertThat(v.json().path("valid").asBoolean()).isTrue();
        assertThat(v.json().path("firstBrokenSeq").isNull()).isTrue();
        assertThat(v.json().path("entries").asLong()).isGreaterThanOrEqualTo(seq);
    }

    @Test
    void theEntryCommitsAndRollsBackWithTheChangeItRecords() {
        String kept = UUID.randomUUID().toString();
        tx.executeWithoutResult(s -> events.publishEvent(new Probe(Actor.SYSTEM, kept, "committed")));
        assertThat(count(kept)).isEqualTo(1);

        String dropped = UUID.randomUUID().toString();
        tx.executeWithoutResult(s -> {
            events.publishEvent(new Probe(Actor.SYSTEM, dropped, "rolled back"));
            s.setRollbackOnly();
        });
        assertThat(count(dropped)).isZero();

        String failed = UUID.randomUUID().toString();
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
            events.publishEvent(new Probe(Actor.SYSTEM, failed, "the decision fails after its event"));
            throw new IllegalStateException("refused later in the same transaction");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(count(failed)).isZero();
        assertThat(audit.verify().valid()).isTrue();
    }

    @Test
    void aRefusedCommitTakesItsEntryWithIt() {
        // the entry is appended just before commit; a commit that then fails leaves neither
        String id = UUID.randomUUID().toString();
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
            events.publishEvent(new Probe(Actor.SYSTEM, id, "deferred constraint fails at commit"));
            jdbc.sql("create temporary table audit_probe_fk (x int primary key, y int references audit_probe_fk (x) "
                    + "deferrable initially deferred) on commit drop").update();
            jdbc.sql("insert into audit_probe_fk values (1, 2)").update();
        })).isInstanceOf(DataAccessException.class);
        assertThat(count(id)).isZero();
        assertThat(audit.verify().valid()).isTrue();
    }

    @Test
    void anEventInAReadOnlyTransactionIsWrittenOnItsOwn() {
        String id = UUID.randomUUID().toString();
        TransactionTemplate readOnly = new TransactionTemplate(tx.getTransactionManager());
        readOnly.setReadOnly(true);
        readOnly.executeWithoutResult(s -> events.publishEvent(new Probe(Actor.SYSTEM, id, "a view of personal data")));
        assertThat(count(id)).isEqualTo(1);
    }

    @Test
    void aFailedLoginOutsideAnyTransactionIsWrittenOnItsOwn() {
        Fixtures.Provider p = fixtures().beijingCompany();
        String accountId = jdbc.sql("select id::text from account where username = ?").param(p.username()).query(String.class).single();
        Api.Response r = api().post("/api/v1/auth/login", null, Api.json(Map.of("username", p.username(), "password", "Wrong-Passw0rd!")));
        assertThat(r.status()).isEqualTo(401);
        JsonNode items = trail("ACCOUNT", accountId).path("items");
        assertThat(items.get(0).path("action").asString()).isEqualTo("LOGIN_FAILED");
        assertThat(items.get(0).path("actor").asString()).isEqualTo(p.username());
        assertThat(items.get(0).path("summary").asString()).doesNotContain("Wrong-Passw0rd!");
    }

    @Test
    void theServiceOwnDatabaseRoleCannotUpdateDeleteOrTruncateEntries() {
        String id = probe("immutable");
        assertThatThrownBy(() -> jdbc.sql("update audit_entry set summary = 'changed' where entity_id = ?").param(id).update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_entry where entity_id = ?").param(id).update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("truncate audit_entry").update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThat(jdbc.sql("select summary from audit_entry where entity_id = ?").param(id).query(String.class).single())
                .isEqualTo("immutable");
        assertThat(audit.verify().valid()).isTrue();
    }

    /** Runs SQL around the triggers, as a superuser could: the chain must notice. */
    private void underTheApplication(String sql, Object... params) {
        tx.executeWithoutResult(s -> {
            jdbc.sql("set local session_replication_role = replica").update();
            jdbc.sql(sql).params(params).update();
        });
    }

    @Test
    void anEntryChangedUnderTheApplicationIsReported() {
        String id = probe("original summary");
        probe("a later entry");
        AuditEntry entry = jdbc.sql("select * from audit_entry where entity_id = ?").param(id)
                .query(AuditEntry.class).optional().orElseThrow();
        long seq = jdbc.sql("select seq from audit_entry where entity_id = ?").param(id).query(Long.class).single();
        try {
            underTheApplication("update audit_entry set summary = 'forged' where seq = ?", seq);
            Api.Response v = api().get("/api/v1/audit/verification", city());
            assertThat(v.json().path("valid").asBoolean()).isFalse();
            assertThat(v.json().path("firstBrokenSeq").asLong()).isEqualTo(seq);

            // a forger who also recomputes the entry's own hash breaks the link to the next entry
            String rehashed = cn.eduapp.registry.audit.internal.AuditHash.hash(seq, entry.at(), entry.actor(),
                    entry.organisation(), entry.action(), entry.entityType(), entry.entityId(), "forged", entry.prevHash());
            underTheApplication("update audit_entry set hash = ? where seq = ?", rehashed, seq);
            Verification v2 = audit.verify();
            assertThat(v2.valid()).isFalse();
            assertThat(v2.firstBrokenSeq()).isEqualTo(seq + 1);
        } finally {
            underTheApplication("update audit_entry set summary = ?, hash = ? where seq = ?", "original summary",
                    entry.hash(), seq);
        }
        assertThat(audit.verify().valid()).isTrue();
    }

    @Test
    void anEntryRemovedUnderTheApplicationIsReported() {
        String id = probe("to be removed");
        probe("a later entry");
        long seq = jdbc.sql("select seq from audit_entry where entity_id = ?").param(id).query(Long.class).single();
        var row = jdbc.sql("select * from audit_entry where seq = ?").param(seq).query().singleRow();
        try {
            underTheApplication("delete from audit_entry where seq = ?", seq);
            Verification v = audit.verify();
            assertThat(v.valid()).isFalse();
            assertThat(v.firstBrokenSeq()).isEqualTo(seq);
        } finally {
            underTheApplication("""
                    insert into audit_entry (seq, at, actor, organisation, action, entity_type, entity_id, summary, prev_hash, hash)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", row.get("seq"), row.get("at"), row.get("actor"),
                    row.get("organisation"), row.get("action"), row.get("entity_type"), row.get("entity_id"),
                    row.get("summary"), row.get("prev_hash"), row.get("hash"));
        }
        assertThat(audit.verify().valid()).isTrue();
    }

    @Test
    void verificationContinuesFromAnArchiveCheckpoint() {
        probe("archived with everything before it");
        long through = jdbc.sql("select max(seq) from audit_entry").query(Long.class).single();
        String lastHash = jdbc.sql("select hash from audit_entry where seq = ?").param(through).query(String.class).single();
        long all = jdbc.sql("select count(*) from audit_entry").query(Long.class).single();
        // what the operator's archiving transaction writes (the deletion of seq <= through is left out here)
        jdbc.sql("insert into audit_checkpoint (archived_through_seq, last_hash) values (?, ?)").params(through, lastHash).update();
        try {
            probe("after the checkpoint");
            Verification v = audit.verify();
            assertThat(v.valid()).isTrue();
            assertThat(v.entries()).as("only the live part is walked").isBetween(1L, all);
            assertThatThrownBy(() -> jdbc.sql("delete from audit_checkpoint").update()).isInstanceOf(DataAccessException.class);

            underTheApplication("update audit_checkpoint set last_hash = ? where archived_through_seq = ?",
                    "f".repeat(64), through);
            Verification forged = audit.verify();
            assertThat(forged.valid()).isFalse();
            assertThat(forged.firstBrokenSeq()).isEqualTo(through + 1);
        } finally {
            underTheApplication("delete from audit_checkpoint where archived_through_seq = ?", through);
        }
        assertThat(audit.verify().valid()).isTrue();
    }

    @Test
    void concurrentDecisionsFormOneUnbrokenChain() throws Exception {
        String batch = "batch-" + UUID.randomUUID();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 20; i++) {
                        int n = i;
                        tx.executeWithoutResult(s -> events.publishEvent(
                                new Probe(new Actor("t" + thread, batch), batch, "entry " + thread + "/" + n)));
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(count(batch)).isEqualTo(160);
        Verification v = audit.verify();
        assertThat(v.valid()).isTrue();
        long max = jdbc.sql("select max(seq) from audit_entry").query(Long.class).single();
        long min = jdbc.sql("select min(seq) from audit_entry").query(Long.class).single();
        assertThat(v.entries()).isEqualTo(max - min + 1);
    }

    @Test
    void onlyTheCityReadsTheTrailAndTheRefusalIsItselfAudited() {
        Fixtures.Provider p = fixtures().beijingCompany();
        String accountId = jdbc.sql("select id::text from account where username = ?").param(p.username()).query(String.class).single();
        assertThat(api().get("/api/v1/audit", null).status()).isEqualTo(401);
        assertThat(api().get("/api/v1/audit", p.token()).status()).isEqualTo(403);
        assertThat(api().get("/api/v1/audit/verification", api().token("moe-reviewer")).status()).isEqualTo(403);
        assertThat(api().get("/api/v1/audit?size=201", city()).status()).isEqualTo(400);
        assertThat(api().get("/api/v1/audit?page=-1", city()).status()).isEqualTo(400);

        JsonNode refused = trail("ACCOUNT", accountId).path("items").get(0);
        assertThat(refused.path("action").asString()).isEqualTo("ACCESS_REFUSED");
        assertThat(refused.path("actor").asString()).isEqualTo(p.username());
        assertThat(refused.path("summary").asString()).contains("GET /api/v1/audit");
    }

    @Test
    void theCityPageShowsAnEntityTrailAndTheVerification() {
        String id = probe("页面可见的摘要");
        PageSession page = new PageSession(api().base());
        assertThat(page.login("city-reviewer", Api.DEMO_PASSWORD).headers().firstValue("Location").orElse("")).endsWith("/home");
        assertThat(page.get("/home").body()).contains("href=\"/audit\"");
        HttpResponse<String> r = page.get("/audit?entityType=TEST&entityId=" + id + "&verify=1");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("审计日志", "页面可见的摘要", "TEST_PROBE", "校验通过");

        PageSession provider = new PageSession(api().base());
        Fixtures.Provider p = fixtures().beijingCompany();
        provider.login(p.username(), Fixtures.PASSWORD);
        HttpResponse<String> refused = provider.get("/audit");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("无权");
        String accountId = jdbc.sql("select id::text from account where username = ?").param(p.username()).query(String.class).single();
        assertThat(trail("ACCOUNT", accountId).path("items").get(0).path("summary").asString()).isEqualTo("拒绝访问 GET /audit");
        assertThat(provider.get("/home").body()).doesNotContain("href=\"/audit\"");
    }
}
