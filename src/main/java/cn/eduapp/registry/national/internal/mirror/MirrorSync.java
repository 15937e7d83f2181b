package cn.eduapp.registry.national.internal.mirror;

import cn.eduapp.registry.national.NationalApp;
import cn.eduapp.registry.national.NationalAppStatus;
import cn.eduapp.registry.national.NationalAppWithdrawn;
import cn.eduapp.registry.national.internal.NationalSettings;
import cn.eduapp.registry.national.internal.persistence.MirrorRows;
import cn.eduapp.registry.system.web.Messages;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One run of the mirror sync, on one instance at a time (the ShedLock row {@value #LOCK}; a run that finds it held
 * does nothing): from the stored cursor, page by page, each page upserted by filing number and the cursor moved in
 * the page's transaction, so a crash or an error resumes where the last applied page ended. Apps of 北京市 are
 * skipped (Beijing's own filings live in filing). An app that was registered and is now revoked or cancelled is
 * announced ({@link NationalAppWithdrawn}, in the page's transaction) so its Beijing users hear of it. The run's counts
 * and any error are kept for the city's page.
 */
@Component
public class MirrorSync {

    public static final String LOCK = "national-mirror-sync";
    static final String BEIJING = "北京市";
    private static final Logger log = LoggerFactory.getLogger(MirrorSync.class);
    private static final int MAX_PAGES = 1000;

    private final MirrorRows rows;
    private final LockingTaskExecutor locks;
    private final TransactionTemplate tx;
    private final NationalSettings settings;
    private final Messages messages;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    public MirrorSync(MirrorRows rows, LockProvider lockProvider, TransactionTemplate tx, NationalSettings settings,
                      Messages messages, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.rows = rows;
        this.locks = new DefaultLockingTaskExecutor(lockProvider);
        this.tx = tx;
        this.settings = settings;
        this.messages = messages;
        this.clock = clock;
    }

    /** What a run did; {@code ran} false when another instance held the lock. */
    public record Run(boolean ran, int fetched, int upserted, int skipped, @Nullable String error) {
    }

    /** Runs the sync against this source unless it is running elsewhere; never throws for the source's failures. */
    public Run run(MirrorSource source) {
        Run[] result = {new Run(false, 0, 0, 0, null)};
        Duration atMost = settings.readTimeout().multipliedBy(settings.attempts()).plus(Duration.ofMinutes(10));
        locks.executeWithLock((Runnable) () -> result[0] = runLocked(source),
                new LockConfiguration(clock.instant(), LOCK, atMost, Duration.ZERO));
        return result[0];
    }

    private Run runLocked(MirrorSource source) {
        int fetched = 0;
        int upserted = 0;
        int skipped = 0;
        String cursor = rows.cursor();
        try {
            for (int page = 0; page < MAX_PAGES; page++) {
                MirrorSource.Page p = source.fetch(cursor, settings.pageSize());
                fetched += p.items().size();
                int[] counts = apply(p, cursor);
                upserted += counts[0];
                skipped += counts[1];
                if (p.items().isEmpty() || p.next() == null || Objects.equals(p.next(), cursor)) {
                    break;
                }
                cursor = p.next();
            }
            rows.recordSuccess(clock.instant(), fetched, upserted, skipped);
            return new Run(true, fetched, upserted, skipped, null);
        } catch (MirrorSource.SourceUnavailable e) {
            String error = messages.get(e.key(), e.args());
            log.warn("National mirror sync failed: {}", e.getMessage());
            rows.recordFailure(clock.instant(), fetched, upserted, skipped, error);
            return new Run(true, fetched, upserted, skipped, error);
        } catch (RuntimeException e) {
            String error = messages.get("national.sync.error.other", e.getClass().getSimpleName());
            log.warn("National mirror sync failed", e);
            rows.recordFailure(clock.instant(), fetched, upserted, skipped, error);
            return new Run(true, fetched, upserted, skipped, error);
        }
    }

    /** One page in one transaction: its apps and the cursor after it. [upserted, skipped] */
    private int[] apply(MirrorSource.Page page, @Nullable String since) {
        Instant now = clock.instant();
        return Objects.requireNonNull(tx.execute(s -> {
            int upserted = 0;
            int skipped = 0;
            for (NationalApp a : page.items()) {
                if (BEIJING.equals(a.province().trim())) {
                    skipped++;
                } else {
                    NationalAppStatus before = rows.byNumber(a.filingNumber()).map(NationalApp::status).orElse(null);
                    if (rows.upsert(a, now)) {
                        upserted++;
                        if (before == NationalAppStatus.REGISTERED && !a.registered()) {
                            events.publishEvent(new NationalAppWithdrawn(a.filingNumber(), a.appName(), a.province().trim(),
                                    a.status(), a.changedAt()));
                        }
                    }
                }
            }
            if (page.next() != null && !Objects.equals(page.next(), since)) {
                rows.saveCursor(page.next());
            }
            return new int[] {upserted, skipped};
        }));
    }
}
