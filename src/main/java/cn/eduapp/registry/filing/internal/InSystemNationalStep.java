package cn.eduapp.registry.filing.internal;

import cn.eduapp.registry.filing.NationalFilingStep;
import cn.eduapp.registry.filing.internal.persistence.FilingNumberIssuer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The national step inside this platform: MOE_REVIEWER accounts decide, and numbers come from the one
 * {@link FilingNumberIssuer} (imports use it too). The default ({@code registry.national.mode=in-system} or unset).
 */
@Component
@ConditionalOnProperty(name = "registry.national.mode", havingValue = "in-system", matchIfMissing = true)
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
