package cn.eduapp.registry.publication.internal;

import cn.eduapp.registry.publication.internal.persistence.AnnouncementRepository;
import cn.eduapp.registry.publication.internal.persistence.PublicQueries;
import cn.eduapp.registry.document.PdfRenderer;
import cn.eduapp.registry.document.PdfSignatures;
import cn.eduapp.registry.document.PdfSigner;
import cn.eduapp.registry.publication.AnnouncementPublished;
import cn.eduapp.registry.shared.Beijing;
import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.system.web.ApiProblem;
import cn.eduapp.registry.system.web.Messages;
import java.nio.charset.StandardCharsets;
import cn.eduapp.registry.transparency.LeafKind;
import cn.eduapp.registry.transparency.LogEntry;
import cn.eduapp.registry.transparency.TransparencyManagement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Numbered announcements (公告) of the lists as they stood at the end of a Beijing day: serial per year
 * ("2026年第2期"), the CSV exports of that day kept as published, and a signed PDF. Never edited.
 */
@Service
public class Announcements {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");
    /** Above this, the PDF names the white list's size and digest and leaves the rows to the CSV. */
    static final int PDF_WHITELIST_ROWS = 2_000;

    private final AnnouncementRepository announcements;
    private final PublicQueries queries;
    private final Exports exports;
    private final PdfRenderer renderer;
    private final PdfSigner signer;
    private final Messages messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransparencyManagement log;

    Announcements(AnnouncementRepository announcements, PublicQueries queries, Exports exports, PdfRenderer renderer,
                  PdfSigner signer, Messages messages, ApplicationEventPublisher events, Clock clock,
                  TransparencyManagement log) {
        this.log = log;
        this.announcements = announcements;
        this.queries = queries;
        this.exports = exports;
        this.renderer = renderer;
        this.signer = signer;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public AnnouncementRepository.Announcement publish(CurrentUser user, LocalDate asOf, String title, @Nullable String approver) {
        Instant now = clock.instant();
        LocalDate today = Beijing.today(clock);
        if (asOf.isAfter(today)) {
            throw ApiProblem.badField("asOf", "INVALID_VALUE", messages.get("announcement.asOf.future"));
        }
        int year = today.getYear();
        int seq = announcements.nextSeq(year);
        String serial = year + "年第" + seq + "期";
        List<PublicQueries.WhitelistRow> white = queries.whitelistRows(Exports.endOf(asOf));
        List<PublicQueries.BlacklistItem> black = queries.blacklistRows(asOf, false);
        byte[] whiteCsv = exports.whitelistCsv(white).getBytes(StandardCharsets.UTF_8);
        byte[] blackCsv = exports.blacklistCsv(black).getBytes(StandardCharsets.UTF_8);
        String by = approver == null || approver.isBlank() ? user.organisationName() : approver.strip();

        Map<String, Object> model = new HashMap<>();
        model.put("serial", serial);
        model.put("title", title);
        model.put("asOf", DAY.format(asOf));
        model.put("publishedOn", DAY.format(now.atZone(Beijing.ZONE)));
        model.put("approver", by);
        model.put("white", white.size() <= PDF_WHITELIST_ROWS ? white : List.of());
        model.put("whiteCount", white.size());
        model.put("whiteInFull", white.size() <= PDF_WHITELIST_ROWS);
        model.put("black", black);
        model.put("whiteSha256", PdfSignatures.sha256(whiteCsv));
        model.put("blackSha256", PdfSignatures.sha256(blackCsv));
        byte[] pdf = signer.sign(renderer.render("publication/announcement-pdf", model), "公告 " + serial, now);

        var a = new AnnouncementRepository.Announcement(UUID.randomUUID().toString(), serial, title.strip(), asOf, now, by,
                white.size(), black.size(), PdfSignatures.sha256(pdf));
        announcements.insert(a, year, seq, user.username(), new AnnouncementRepository.Files(whiteCsv, blackCsv, pdf));
        events.publishEvent(new AnnouncementPublished(user.actor(), a.id(), serial, asOf, a.title(), now));
        // a leaf of the public log in this transaction (issue 24): the announcement cannot be quietly unpublished
        log.append(new LogEntry(LeafKind.ANNOUNCEMENT_PUBLISHED, null, null, a.title() + "（" + serial + "）", null,
                "PUBLISHED", now));
        return a;
    }
}
