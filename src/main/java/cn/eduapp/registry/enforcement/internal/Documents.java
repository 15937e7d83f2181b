package cn.eduapp.registry.enforcement.internal;

import cn.eduapp.registry.document.PdfRenderer;
import cn.eduapp.registry.enforcement.DocumentRef;
import cn.eduapp.registry.enforcement.internal.persistence.DocumentRepository.StoredDocument;
import cn.eduapp.registry.enforcement.internal.persistence.DocumentRepository;
import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.Beijing;
import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.shared.Role;
import cn.eduapp.registry.system.web.ApiProblem;
import cn.eduapp.registry.system.web.Messages;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Issues the numbered documents of the procedure and renders them (one template, {@code enforcement/document}):
 * a PDF for the parties and a page. Numbers come from one yearly sequence per prefix,
 * {@code registry.enforcement.number-prefix.<kind>} (defaults 京教监整, 京教监告, 京教监决).
 */
@Component
public class Documents {

    public static final String RECTIFICATION_NOTICE = "RECTIFICATION_NOTICE";
    public static final String PRIOR_NOTICE = "PRIOR_NOTICE";
    public static final String DECISION = "DECISION";
    static final String TEMPLATE = "enforcement/document";
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");
    static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

    private final DocumentRepository documents;
    private final PdfRenderer renderer;
    private final Messages messages;
    private final Clock clock;
    private final Map<String, String> prefixes;
    private final String issuer;

    Documents(DocumentRepository documents, PdfRenderer renderer, Messages messages, Clock clock,
              EnforcementSettings settings) {
        this.documents = documents;
        this.renderer = renderer;
        this.messages = messages;
        this.clock = clock;
        EnforcementSettings.NumberPrefix p = settings.numberPrefix();
        this.prefixes = Map.of(RECTIFICATION_NOTICE, p.rectificationNotice(), PRIOR_NOTICE, p.priorNotice(), DECISION, p.decision());
        this.issuer = settings.issuer();
    }

    /** The next number of a kind, taken in the caller's transaction. */
    public String nextNumber(String kind) {
        return documents.nextNumber(prefixes.get(kind), Beijing.today(clock).getYear());
    }

    /** Stores a document; {@code served} when the provider can open it in the system now. */
    public DocumentRef issue(String kind, String number, String orderId, @Nullable String caseId, String providerId,
                             String addressee, List<String> paragraphs, Actor actor, boolean served) {
        Instant now = clock.instant();
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("title", messages.get("enforcement.document.title." + kind));
        content.put("number", number);
        content.put("addressee", addressee);
        content.put("paragraphs", paragraphs);
        content.put("issuer", issuer);
        content.put("date", DAY.format(now.atZone(Beijing.ZONE)));
        StoredDocument d = new StoredDocument(UUID.randomUUID().toString(), kind, number, orderId, caseId, providerId,
                content, now, actor.username(), served ? now : null, null);
        documents.insert(d);
        return ref(d);
    }

    /** Served outside the system: the order's documents not yet served count as served then. */
    public void servedOffline(String orderId, Instant at) {
        documents.servedOffline(orderId, at);
    }

    public List<DocumentRef> ofOrder(String orderId) {
        return documents.ofOrder(orderId).stream().map(Documents::ref).toList();
    }

    public List<DocumentRef> ofCase(String caseId) {
        return documents.ofCase(caseId).stream().map(Documents::ref).toList();
    }

    /**
     * The document for one of its parties: its provider or an agency; others 404. The provider's first look
     * is recorded as opened (送达回执), returned as true.
     */
    public StoredDocument readBy(String id, CurrentUser user) {
        StoredDocument d = documents.find(id).orElseThrow(ApiProblem::notFound);
        boolean own = user.has(Role.PROVIDER) && d.providerId().equals(user.organisationId());
        if (!own && !user.isAgency()) {
            throw ApiProblem.notFound();
        }
        if (own && d.servedAt() != null && d.openedAt() == null) {
            documents.opened(d.id(), clock.instant());
        }
        return d;
    }

    public byte[] pdf(StoredDocument d) {
        return renderer.render(TEMPLATE, d.content());
    }

    public String html(StoredDocument d) {
        return renderer.html(TEMPLATE, d.content());
    }

    public static String day(@Nullable Instant at) {
        return at == null ? "" : DAY.format(at.atZone(Beijing.ZONE));
    }

    public static String minute(@Nullable Instant at) {
        return at == null ? "" : MINUTE.format(at.atZone(Beijing.ZONE));
    }

    static DocumentRef ref(StoredDocument d) {
        return new DocumentRef(d.id(), d.kind(), d.number(), "/api/v1/documents/" + d.id(),
                "/documents/" + d.id(), d.issuedAt(), d.servedAt(), d.openedAt());
    }
}
