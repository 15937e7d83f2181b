package cn.eduapp.registry.enforcement.internal.persistence;

import static cn.eduapp.registry.enforcement.internal.persistence.Ids.parse;
import static cn.eduapp.registry.enforcement.internal.persistence.Ids.ts;
import static cn.eduapp.registry.enforcement.internal.persistence.Ids.uuid;

import cn.eduapp.registry.system.data.Rows;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The numbered documents (限期整改通知书, 事先告知书, 处理决定书), their content and service. */
@Repository
public class DocumentRepository {

    /** A document as stored: its content is the model of its template. */
    public record StoredDocument(String id, String kind, String number, String orderId, @Nullable String caseId,
                                 String providerId, Map<String, Object> content, Instant issuedAt, String issuedBy,
                                 @Nullable Instant servedAt, @Nullable Instant openedAt) {
    }

    private static final String COLUMNS = "id, kind, number, order_id, case_id, provider_id, content, issued_at, issued_by, served_at, opened_at";
    private static final TypeReference<Map<String, Object>> CONTENT = new TypeReference<>() { };

    /** A row of {@link #COLUMNS}: the content as its JSON text. */
    record Row(String id, String kind, String number, String orderId, @Nullable String caseId, String providerId,
               String content, Instant issuedAt, String issuedBy, @Nullable Instant servedAt, @Nullable Instant openedAt) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;

    DocumentRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The next number of this prefix's yearly sequence, e.g. 京教监整〔2026〕12号; taken in the caller's transaction. */
    public String nextNumber(String prefix, int year) {
        int n = jdbc.sql("""
                insert into enforcement_document_counter (prefix, year, last) values (?, ?, 1)
                on conflict (prefix, year) do update set last = enforcement_document_counter.last + 1 returning last""")
                .params(prefix, year).query(Integer.class).single();
        return prefix + "〔" + year + "〕" + n + "号";
    }

    public void insert(StoredDocument d) {
        jdbc.sql("insert into enforcement_document (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?)")
                .params(UUID.fromString(d.id()), d.kind(), d.number(), UUID.fromString(d.orderId()), uuid(d.caseId()),
                        UUID.fromString(d.providerId()), json.writeValueAsString(d.content()), ts(d.issuedAt()),
                        d.issuedBy(), ts(d.servedAt()), ts(d.openedAt()))
                .update();
    }

    public Optional<StoredDocument> find(String id) {
        UUID uuid = parse(id);
        if (uuid == null) {
            return Optional.empty();
        }
        return jdbc.sql("select " + COLUMNS + " from enforcement_document where id = ?").param(uuid)
                .query(Rows.of(Row.class)).optional().map(this::document);
    }

    public List<StoredDocument> ofOrder(String orderId) {
        return jdbc.sql("select " + COLUMNS + " from enforcement_document where order_id = ? order by issued_at, number")
                .param(UUID.fromString(orderId)).query(Rows.of(Row.class)).list()
                .stream().map(this::document).toList();
    }

    public List<StoredDocument> ofCase(String caseId) {
        return jdbc.sql("select " + COLUMNS + " from enforcement_document where case_id = ? order by issued_at, number")
                .param(UUID.fromString(caseId)).query(Rows.of(Row.class)).list()
                .stream().map(this::document).toList();
    }

    /** Served offline: every document of the order not yet served. */
    public void servedOffline(String orderId, Instant at) {
        jdbc.sql("update enforcement_document set served_at = ? where order_id = ? and served_at is null")
                .params(ts(at), UUID.fromString(orderId)).update();
    }

    /** The provider first opened it; true only the first time. */
    public boolean opened(String id, Instant at) {
        return jdbc.sql("update enforcement_document set opened_at = ? where id = ? and opened_at is null")
                .params(ts(at), UUID.fromString(id)).update() == 1;
    }

    private StoredDocument document(Row r) {
        return new StoredDocument(r.id(), r.kind(), r.number(), r.orderId(), r.caseId(), r.providerId(),
                json.readValue(r.content(), CONTENT), r.issuedAt(), r.issuedBy(), r.servedAt(), r.openedAt());
    }
}
