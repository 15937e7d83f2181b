package cn.eduapp.registry.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.eduapp.registry.filing.FilingRegistered;
import cn.eduapp.registry.filing.FilingsImported;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Typed ids are plain strings in JSON: the event publication registry stores events as JSON and re-reads
 * incomplete ones after a restart, so an event written before the ids were typed must still be read, and
 * one written now must look the same.
 */
class TypedIdsJsonTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void anIdIsWrittenAndReadAsAPlainString() {
        assertThat(json.writeValueAsString(FilingId.of("abc"))).isEqualTo("\"abc\"");
        assertThat(json.writeValueAsString(ProviderId.of("abc"))).isEqualTo("\"abc\"");
        assertThat(json.readValue("\"abc\"", FilingId.class)).isEqualTo(FilingId.of("abc"));
        assertThat(json.readValue("\"abc\"", ProviderId.class)).isEqualTo(ProviderId.of("abc"));
        assertThat(FilingId.of("abc")).hasToString("abc");
    }

    @Test
    void anEventKeepsItsShape() {
        Instant at = Instant.parse("2026-01-02T03:04:05Z");
        FilingRegistered event = new FilingRegistered(new Actor("city", "org-1"), FilingId.of("f-1"), ProviderId.of("p-1"),
                "教APP备1100001号", at);

        String written = json.writeValueAsString(event);
        JsonNode tree = json.readTree(written);
        assertThat(tree.get("filingId").isString()).isTrue();
        assertThat(tree.get("filingId").asString()).isEqualTo("f-1");
        assertThat(tree.get("providerId").asString()).isEqualTo("p-1");
        assertThat(json.readValue(written, FilingRegistered.class)).isEqualTo(event);

        // as stored before the ids were typed (string components): still read
        String before = "{\"actor\":{\"username\":\"city\",\"organisationId\":\"org-1\"},\"filingId\":\"f-1\","
                + "\"providerId\":\"p-1\",\"filingNumber\":\"教APP备1100001号\",\"at\":\"2026-01-02T03:04:05Z\"}";
        assertThat(json.readValue(before, FilingRegistered.class)).isEqualTo(event);
        assertThat(json.readTree(before)).isEqualTo(tree);
    }

    @Test
    void idsInsideListsStayStrings() {
        FilingsImported event = new FilingsImported(Actor.SYSTEM,
                List.of(new FilingsImported.Imported(FilingId.of("f-1"), ProviderId.of("p-1"), "n-1")), Instant.EPOCH);
        String written = json.writeValueAsString(event);
        assertThat(json.readTree(written).get("filings").get(0).get("filingId").asString()).isEqualTo("f-1");
        assertThat(json.readValue(written, FilingsImported.class)).isEqualTo(event);
    }

    @Test
    void aBlankIdIsRefused() {
        assertThatThrownBy(() -> FilingId.of(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ProviderId.of("")).isInstanceOf(IllegalArgumentException.class);
    }
}
