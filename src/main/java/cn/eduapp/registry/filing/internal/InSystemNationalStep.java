package cn.eduapp.registry.filing.internal;

import cn.eduapp.registry.filing.NationalFilingStep;
import cn.eduapp.registry.filing.internal.persistence.FilingNumberIssuer;
import org.springframework.stereotype.Component;

/**
 * The national step inside this platform: MOE_REVIEWER accounts decide, and numbers come from the one
 * {@link FilingNumberIssuer} (imports use it too).
 */
@Component
class InSystemNationalStep implements NationalFilingStep {

    private final FilingNumberIssuer numbers;

    InSystemNationalStep(FilingNumberIssuer numbers) {
        this.numbers = numbers;
    }

    @Override
    public void forward(String filingId) {
        // in-system: the filing waits in MOE_REVIEW for an MOE_REVIEWER
    }

    @Override
    public String issueFilingNumber() {
        return numbers.issue();
    }
}
