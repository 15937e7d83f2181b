package cn.eduapp.registry.transparency;

import static cn.eduapp.registry.support.Fixtures.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.eduapp.registry.enforcement.EnforcementFixtures;
import cn.eduapp.registry.filing.FilingManagement;
import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.support.Api;
import cn.eduapp.registry.support.Fixtures;
import cn.eduapp.registry.support.IntegrationTest;
import cn.eduapp.registry.transparency.internal.SignedNote;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** Every list change is a leaf of the change's own transaction; the tables refuse to be rewritten. */
class TransparencyLogIT extends IntegrationTest {


    @Autowired
    FilingManagement filings;

    @Autowired
    PlatformTransactionManager txManager;

    @Autowired
    TransparencyManagement transparency;

    @Test
    void aRevocationIsInTheLogInTheTransactionOfTheStatusChange() {
        Fixtures.Provider p = fixtures().beijingCompany();
        String filingId = fixtures().registered(p);
        String number = fixtures().filingNumber(filingId, p);
        EnforcementFixtures orders = new EnforcementFixtures(api());
        // the procedure of issue 20: order, the city's refusal finding, statement, a person's REVOKE decision
        orders.revokeAndList(filingId, p);
        assertThat(orders.filingStatus(filingId)).isEqualTo("REVOKED");

        List<String> kinds = jdbc.sql("select kind from log_leaf where filing_number = ? order by seq").param(number)
                .query(String.class).list();
        assertThat(kinds).containsExactly("REGISTERED", "UNDER_RECTIFICATION", "REVOKED", "BLACKLISTED");
        // PostgreSQL stamps every row with the transaction that wrote it: the leaf and the status are one
        String leafTx = jdbc.sql("select xmin::text from log_leaf where filing_number = ? and kind = 'REVOKED'")
                .param(number).query(String.class).single();
        String filingTx = jdbc.sql("select xmin::text from filing where id = ?::uuid").param(filingId).query(String.class).single();
        assertThat(leafTx).isEqualTo(filingTx);
        String leaf = jdbc.sql("select leaf from log_leaf where filing_number = ? and kind = 'REVOKED'").param(number)
                .query(String.class).single();
        assertThat(leaf).startsWith("{\"appName\":\"").contains("\"creditCode\":\"" + p.creditCode() + "\"",
                "\"filingNumber\":\"" + number + "\"", "\"kind\":\"REVOKED\"", "\"status\":\"REVOKED\"").doesNotContain(" ,", ": ");
        // the app's listing is a leaf of the same decision; the provider's bar on new filings one more
        String listingTx = jdbc.sql("select xmin::text from log_leaf where filing_number = ? and kind = 'BLACKLISTED'")
                .param(number).query(String.class).single();
        assertThat(listingTx).isEqualTo(filingTx);
    }

    @Test
    void aRevocationRolledBackLeavesNoLeaf() {
        Fixtures.Provider p = fixtures().beijingCompany();
        String filingId = fixtures().registered(p);
        String number = fixtures().filingNumber(filingId, p);
        long before = jdbc.sql("select count(*) from log_leaf").query(Long.class).single();
        new TransactionTemplate(txManager).executeWithoutResult(s -> {
            filings.revoke(filingId, Actor.SYSTEM, "测试回滚");
            s.setRollbackOnly();
        });
        assertThat(jdbc.sql("select count(*) from log_leaf").query(Long.class).single()).isEqualTo(before);
        assertThat(jdbc.sql("select kind from log_leaf where filing_number = ?").param(number).query(String.class).list())
                .containsExactly("REGISTERED");
    }

    @Test
    void theLogTablesRefuseUpdatesAndDeletes() {
        fixtures().registered(fixtures().beijingCompany());
        assertThatThrownBy(() -> jdbc.sql("update log_leaf set leaf = leaf where seq = 0").update())
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from log_node where level = 0 and idx = 0").update())
                .rootCause().hasMessageContaining("append-only");
    }

    @Test
    void entriesAreTheCanonicalLeavesAndTheCheckpointRootIsTheirTreeHash() {
        fixtures().registered(fixtures().beijingCompany());
        LogChecks log = new LogChecks(api(), jdbc, clock, transparency);
        String note = log.freshCheckpoint();
        SignedNote.Checkpoint c = SignedNote.parseCheckpoint(note);
        List<byte[]> leaves = new ArrayList<>();
        for (long start = 0; start < c.size(); start += 1000) {
            JsonNode items = expect(api().get("/api/v1/public/log/entries?start=" + start + "&end=" + (start + 5000), null), 200)
                    .json().path("items");
            assertThat(items.size()).isLessThanOrEqualTo(1000);
            for (JsonNode item : items) {
                if (leaves.size() == c.size()) {
                    break;
                }
                assertThat(item.path("index").asLong()).isEqualTo(leaves.size());
                assertThat(Api.parse(item.path("leaf").asString()).path("seq").asLong()).isEqualTo(leaves.size());
                leaves.add(item.path("leaf").asString().getBytes(StandardCharsets.UTF_8));
            }
        }
        assertThat(leaves).hasSize((int) c.size());
        assertThat(c.root()).as("the root from stored subtrees is the tree hash of the leaves served")
                .isEqualTo(LogChecks.treeHash(leaves));
        expect(api().get("/api/v1/public/log/entries?start=-1&end=3", null), 400);
        expect(api().get("/api/v1/public/log/entries?start=5&end=5", null), 400);
        expect(api().get("/api/v1/public/log/proof/inclusion?index=" + c.size() + "&treeSize=" + c.size(), null), 400);
        expect(api().get("/api/v1/public/log/proof/consistency?first=2&second=" + (transparency.size() + 1), null), 400);
    }
}
