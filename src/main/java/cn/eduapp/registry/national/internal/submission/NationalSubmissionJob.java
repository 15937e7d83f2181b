package cn.eduapp.registry.national.internal.submission;

import cn.eduapp.registry.filing.FilingManagement;
import cn.eduapp.registry.filing.FilingStatus;
import cn.eduapp.registry.filing.FilingView;
import cn.eduapp.registry.national.internal.NationalSettings;
import cn.eduapp.registry.national.internal.persistence.NationalSubmissions;
import cn.eduapp.registry.national.internal.persistence.NationalSubmissions.State;
import cn.eduapp.registry.national.internal.persistence.NationalSubmissions.Submission;
import cn.eduapp.registry.national.internal.submission.NationalFilingsClient.NationalUnavailable;
import cn.eduapp.registry.system.web.Messages;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the submission outbox and polls the receipts (http mode). Each run is ShedLock-guarded (one instance at a
 * time); a send is safe to repeat (the national side answers the same externalId with the same receipt), so a crash
 * between the POST and the commit of the receipt costs one more POST, never a second filing. A failure keeps the row
 * due again after a back-off ({@code backoff}, doubled per failure, at most {@code sync-interval}) with its error
 * for the city. An answer moves the filing and the row in one transaction.
 */
@Component
@ConditionalOnProperty(name = "registry.national.mode", havingValue = "http")
public class NationalSubmissionJob {

    private static final Logger log = LoggerFactory.getLogger(NationalSubmissionJob.class);
    static final int BATCH = 50;

    private final NationalSubmissions submissions;
    private final NationalFilingsClient client;
    private final SubmissionPayload payloads;
    private final FilingManagement filings;
    private final TransactionTemplate tx;
    private final Messages messages;
    private final NationalSettings settings;
    private final Clock clock;

    NationalSubmissionJob(NationalSubmissions submissions, NationalFilingsClient client, SubmissionPayload payloads,
                          FilingManagement filings, TransactionTemplate tx, Messages messages,
                          NationalSettings settings, Clock clock) {
        this.submissions = submissions;
        this.client = client;
        this.payloads = payloads;
        this.filings = filings;
        this.tx = tx;
        this.messages = messages;
        this.settings = settings;
        this.clock = clock;
    }

    /** How a run went: rows done (sent, or answered), rows that failed and wait for their back-off. */
    public record Run(int done, int failed) {
    }

    @Scheduled(fixedDelayString = "${registry.national.send-interval:PT30S}", initialDelayString = "${registry.national.send-interval:PT30S}")
    @SchedulerLock(name = "national-submission-send", lockAtMostFor = "PT10M")
    void scheduledSend() {
        log(sendDue(), "sent");
    }

    @Scheduled(fixedDelayString = "${registry.national.sync-interval:PT5M}", initialDelayString = "${registry.national.sync-interval:PT5M}")
    @SchedulerLock(name = "national-submission-poll", lockAtMostFor = "PT10M")
    void scheduledPoll() {
        log(pollDue(), "answered");
    }

    /** Sends every WAITING submission that is due (at most {@value #BATCH}). */
    public Run sendDue() {
        int done = 0;
        int failed = 0;
        for (Submission s : submissions.due(State.WAITING, clock.instant(), BATCH)) {
            if (send(s)) {
                done++;
            } else {
                failed++;
            }
        }
        return new Run(done, failed);
    }

    /** Asks for the status of every SENT submission that is due (at most {@value #BATCH}); applies the answers. */
    public Run pollDue() {
        int done = 0;
        int failed = 0;
        for (Submission s : submissions.due(State.SENT, clock.instant(), BATCH)) {
            try {
                if (poll(s)) {
                    done++;
                }
            } catch (NationalUnavailable e) {
                fail(s, messages.get(e.key(), e.args()));
                failed++;
            }
        }
        return new Run(done, failed);
    }

    private boolean send(Submission s) {
        Optional<FilingView> filing = filings.find(s.filingId());
        if (filing.isEmpty() || filing.get().status() != FilingStatus.MOE_REVIEW) {
            close(s, filing);
            return true;
        }
        try {
            String receipt = client.submit(payloads.of(filing.get()));
            submissions.sent(s.filingId(), receipt, clock.instant());
            return true;
        } catch (NationalUnavailable e) {
            fail(s, messages.get(e.key(), e.args()));
        } catch (RuntimeException e) {
            log.warn("National submission of filing {} not sent", s.filingId(), e);
            fail(s, messages.get("national.error.internal", e.getClass().getSimpleName()));
        }
        return false;
    }

    /** True when the answer was final and applied (or the filing had moved on here: CLOSED). */
    private boolean poll(Submission s) {
        NationalFilingsClient.Status answer = client.status(String.valueOf(s.receipt()));
        Instant now = clock.instant();
        Instant decidedAt = answer.decidedAt() == null ? now : answer.decidedAt();
        switch (answer.status()) {
            case "REGISTERED" -> {
                String number = answer.filingNumber();
                if (number == null || number.isBlank()) {
                    throw new NationalUnavailable("national.error.noNumber");
                }
                return apply(s, () -> {
                    filings.registerByNational(s.filingId(), number, decidedAt);
                    submissions.decided(s.filingId(), State.REGISTERED, number, null, null, decidedAt, now);
                });
            }
            case "REJECTED" -> {
                String reason = answer.reason() == null || answer.reason().isBlank()
                        ? messages.get("national.error.noReason") : answer.reason().trim();
                return apply(s, () -> {
                    filings.rejectByNational(s.filingId(), reason, decidedAt);
                    submissions.decided(s.filingId(), State.REJECTED, null, reason, null, decidedAt, now);
                });
            }
            default -> {
                submissions.pending(s.filingId(), now, now);
                return false;
            }
        }
    }

    private boolean apply(Submission s, Runnable step) {
        try {
            tx.executeWithoutResult(t -> step.run());
            return true;
        } catch (RuntimeException e) {
            Optional<FilingView> filing = filings.find(s.filingId());
            if (filing.isEmpty() || filing.get().status() != FilingStatus.MOE_REVIEW) {
                close(s, filing);
                return true;
            }
            log.warn("National answer for filing {} not applied", s.filingId(), e);
            fail(s, messages.get("national.error.internal", e.getClass().getSimpleName()));
            return false;
        }
    }

    private void close(Submission s, Optional<FilingView> filing) {
        String status = filing.map(f -> messages.get("filing.status." + f.status().name())).orElse("—");
        Instant now = clock.instant();
        submissions.decided(s.filingId(), State.CLOSED, null, null,
                messages.get("national.error.filingGone", status), now, now);
    }

    private void fail(Submission s, String error) {
        int attempts = s.attempts() + 1;
        Duration wait = settings.backoff().multipliedBy(1L << Math.min(attempts - 1, 20));
        Duration most = settings.syncInterval().compareTo(settings.backoff()) > 0 ? settings.syncInterval() : settings.backoff();
        Instant now = clock.instant();
        submissions.failed(s.filingId(), error, now.plus(wait.compareTo(most) > 0 ? most : wait), now);
        log.warn("National submission of filing {}: attempt {} failed: {}", s.filingId(), attempts, error);
    }

    private static void log(Run r, String what) {
        if (r.done() + r.failed() > 0) {
            log.info("National submissions: {} {}, {} failed this run", r.done(), what, r.failed());
        }
    }
}
