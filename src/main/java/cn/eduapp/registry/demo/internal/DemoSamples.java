package cn.eduapp.registry.demo.internal;

import cn.eduapp.registry.distribution.DistributionManagement;
import cn.eduapp.registry.identity.IdentityManagement;
import cn.eduapp.registry.rules.PlatformType;
import cn.eduapp.registry.shared.CurrentUser;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * With {@code registry.demo=true} and {@code registry.demo.samples} (default true): once the demo accounts
 * exist, a fresh database gets work on every demo role's first page, made through the modules' facades as
 * the demo accounts would. Runs once: the demo provider's login marks the samples as seeded (a second
 * instance racing this one fails on that login's uniqueness at its first step and seeds nothing).
 */
@Component
@ConditionalOnBooleanProperty("registry.demo")
@ConditionalOnBooleanProperty(name = "registry.demo.samples", matchIfMissing = true)
class DemoSamples {

    /** The demo accounts' password (API.md); the sample logins get it too. */
    static final String PASSWORD = "Demo-Passw0rd!";

    private static final Logger log = LoggerFactory.getLogger(DemoSamples.class);

    private final IdentityManagement identity;
    private final SampleProviders providers;
    private final SampleFilings filings;
    private final SampleUsage usage;
    private final SampleEnforcement enforcement;
    private final SampleComplaints complaints;
    private final DistributionManagement distribution;
    private final Clock clock;

    DemoSamples(IdentityManagement identity, SampleProviders providers, SampleFilings filings, SampleUsage usage,
                SampleEnforcement enforcement, SampleComplaints complaints, DistributionManagement distribution, Clock clock) {
        this.identity = identity;
        this.providers = providers;
        this.filings = filings;
        this.usage = usage;
        this.enforcement = enforcement;
        this.complaints = complaints;
        this.distribution = distribution;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    void seed() {
        if (identity.usernameTaken(SampleProviders.DEMO_PROVIDER)) {
            log.info("Demo samples are already in place; nothing to seed");
            return;
        }
        Optional<DemoUsers> users = DemoUsers.load(identity);
        if (users.isEmpty()) {
            log.warn("Demo samples skipped: the demo accounts are missing");
            return;
        }
        long started = System.nanoTime();
        long cpuStarted = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        log.info("Seeding demo samples: {} filings in every state, 2 rectification orders, 1 blacklisted provider, "
                + "use filings in 3 districts, {} complaints", SampleFilings.COUNT, SampleComplaints.count());
        try {
            seed(users.get());
        } catch (RuntimeException e) {
            log.warn("Demo samples not (fully) seeded; another instance may be seeding them: {}", e.toString());
            return;
        }
        // the CPU time of this thread says what the seeding costs when other work shares the machine
        log.info("Demo samples seeded in {} ms ({} ms CPU on this thread)", Duration.ofNanos(System.nanoTime() - started).toMillis(),
                Duration.ofNanos(ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStarted).toMillis());
    }

    private void seed(DemoUsers users) {
        List<CurrentUser> sampleProviders = providers.register(PASSWORD);
        List<SampleFilings.Seeded> seeded = filings.seed(sampleProviders, users);
        log.info("Demo samples: {} filings of {} providers", seeded.size(), sampleProviders.size());
        int uses = usage.seed(users, seeded, PASSWORD);
        log.info("Demo samples: 2 districts with a school and logins, {} use filings in 3 districts", uses);
        enforcement.seed(users, sampleProviders, seeded);
        log.info("Demo samples: 2 rectification orders open, 1 provider blacklisted");
        int answered = complaints.seed(users);
        log.info("Demo samples: {} complaints, {} of them answered", SampleComplaints.count(), answered);
        distribution.reportRelease(users.appStore(), PlatformType.ANDROID, "cn.demo.souti", "2.3.0",
                clock.instant().minus(Duration.ofDays(1)));
    }
}
