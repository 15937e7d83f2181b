package cn.eduapp.registry.enforcement;

import cn.eduapp.registry.enforcement.internal.TakedownNotices;
import cn.eduapp.registry.enforcement.internal.persistence.BulletinRepository;
import cn.eduapp.registry.filing.FilingListing;
import cn.eduapp.registry.filing.FilingManagement;
import cn.eduapp.registry.filing.FilingView;
import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.system.web.ApiProblem;
import cn.eduapp.registry.system.web.Messages;
import cn.eduapp.registry.system.web.PageQuery;
import cn.eduapp.registry.system.web.PageResult;
import java.time.Clock;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takedown notices to the app stores (四(三)) and the 撤销备案通报 the CAC turns into one 下架处置通知 to every
 * store; their acknowledgements and reminders.
 */
@Service
public class NoticeManagement {

    private final TakedownNotices notices;
    private final BulletinRepository bulletins;
    private final FilingManagement filings;
    private final TransactionTemplate tx;
    private final Messages messages;
    private final cn.eduapp.registry.identity.IdentityManagement identity;
    private final Clock clock;

    NoticeManagement(TakedownNotices notices, BulletinRepository bulletins, FilingManagement filings,
                     cn.eduapp.registry.identity.IdentityManagement identity, TransactionTemplate tx, Messages messages,
                     Clock clock) {
        this.identity = identity;
        this.notices = notices;
        this.bulletins = bulletins;
        this.filings = filings;
        this.tx = tx;
        this.messages = messages;
        this.clock = clock;
    }

    // --- takedown notices ---

    /** CAC or CA: a notice about a filing, by its number, to every app store. */
    public TakedownNoticeView issueNotice(CurrentUser user, String filingNumber, String reason) {
        FilingListing filing = listing(filings.findByNumber(filingNumber.trim()).map(FilingView::id)
                .orElseThrow(ApiProblem::notFound));
        String id = tx.execute(s -> notices.issue(filing, reason.trim(), TakedownNotices.MANUAL, null, user.actor()));
        return notices.view(id);
    }

    public TakedownNoticeView notice(String id) {
        return notices.view(id);
    }

    public PageResult<TakedownNoticeView.Summary> notices(@Nullable String filingNumber, PageQuery page) {
        return notices.list(filingNumber, page);
    }

    /** An app store's inbox: the notices it has not acknowledged. */
    public PageResult<TakedownNoticeView.InboxItem> inbox(CurrentUser store, PageQuery page) {
        return notices.inbox(store.organisationId(), page);
    }

    public void requireNoticeFor(String noticeId, CurrentUser store) {
        notices.requireDelivered(noticeId, store.organisationId());
    }

    public void acknowledge(String noticeId, CurrentUser store, String action) {
        notices.acknowledge(noticeId, store.organisationId(), action, store.actor());
    }

    public Duration noticeReminderAfter() {
        return notices.reminderAfter();
    }

    // --- 撤销备案通报 ---

    public PageResult<RevocationBulletinView> bulletins(PageQuery page) {
        return bulletins.list(page);
    }

    public RevocationBulletinView bulletin(String id) {
        return bulletins.find(id).orElseThrow(ApiProblem::notFound);
    }

    /** The CAC's 下架处置通知 made of a bulletin, to every app store, once (409 the second time). */
    public TakedownNoticeView takedownFromBulletin(String id, CurrentUser user, @Nullable String reason) {
        RevocationBulletinView b = bulletin(id);
        if (b.takedownNoticeId() != null) {
            throw ApiProblem.conflict("enforcement.bulletin.converted");
        }
        FilingListing filing = filings.listing(b.filingId()).orElseThrow(ApiProblem::notFound);
        String why = reason == null || reason.isBlank()
                ? messages.get("enforcement.bulletin.takedownReason", b.decisionNumber(), b.reason()) : reason.trim();
        String noticeId = tx.execute(s -> {
            String n = notices.issue(filing, why, TakedownNotices.REVOCATION, null, user.actor());
            if (!bulletins.converted(b.id(), n, user.username(), clock.instant())) {
                throw ApiProblem.conflict("enforcement.bulletin.converted");
            }
            return n;
        });
        return notices.view(noticeId);
    }

    /** The app stores a notice goes to: every one there is (the CAC's action has them all preselected). */
    public java.util.List<String> storeNames() {
        return identity.organisationsOfKind(cn.eduapp.registry.identity.OrganisationKind.APP_STORE).stream()
                .map(cn.eduapp.registry.identity.Organisation::name).toList();
    }

    private FilingListing listing(String filingId) {
        return filings.listing(filingId).orElseThrow(ApiProblem::notFound);
    }
}
