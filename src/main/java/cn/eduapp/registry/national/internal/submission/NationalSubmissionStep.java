package cn.eduapp.registry.national.internal.submission;

import cn.eduapp.registry.filing.NationalFilingStep;
import cn.eduapp.registry.national.internal.persistence.NationalSubmissions;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The national step on the national platform ({@code registry.national.mode=http}): a city-approved filing is queued
 * in the submission outbox in the city's deciding transaction ({@link NationalSubmissionJob} sends it and polls its
 * receipt); numbers come from the national platform, never from here, and the MOE_REVIEWER inside this platform
 * does not decide.
 */
@Component
@ConditionalOnProperty(name = "registry.national.mode", havingValue = "http")
class NationalSubmissionStep implements NationalFilingStep {

    private final NationalSubmissions submissions;
    private final Clock clock;

    NationalSubmissionStep(NationalSubmissions submissions, Clock clock) {
        this.submissions = submissions;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void forward(String filingId) {
        submissions.enqueue(filingId, clock.instant());
    }

    @Override
    public String issueFilingNumber() {
        throw new IllegalStateException("registry.national.mode=http: filing numbers come from the national platform");
    }

    @Override
    public boolean decidesInSystem() {
        return false;
    }
}
