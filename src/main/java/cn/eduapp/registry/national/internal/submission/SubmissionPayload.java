package cn.eduapp.registry.national.internal.submission;

import cn.eduapp.registry.filing.FilingStatus;
import cn.eduapp.registry.filing.FilingView;
import cn.eduapp.registry.filing.HistoryEntry;
import cn.eduapp.registry.provider.ProviderManagement;
import cn.eduapp.registry.provider.ProviderSnapshot;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The body of {@code POST {base}/filings}: {@code {externalId, app: {...declaration...}, provider: {creditCode,
 * name}, cityDecision: {decidedAt, reviewer}}}, built when it is sent (the filing waits in MOE_REVIEW, unchanged).
 * {@code externalId} is the filing id; {@code filingNumberRequested} is left out (no number is asked for here).
 */
@Component
@ConditionalOnProperty(name = "registry.national.mode", havingValue = "http")
class SubmissionPayload {

    private final ProviderManagement providers;

    SubmissionPayload(ProviderManagement providers) {
        this.providers = providers;
    }

    Map<String, Object> of(FilingView filing) {
        ProviderSnapshot provider = providers.snapshot(filing.provider().id()).orElseThrow(
                () -> new IllegalStateException("no provider " + filing.provider().id()));
        List<HistoryEntry> approvals = filing.history().stream()
                .filter(h -> h.toStatus() == FilingStatus.MOE_REVIEW).toList();
        Map<String, Object> city = new LinkedHashMap<>();
        if (!approvals.isEmpty()) {
            HistoryEntry last = approvals.get(approvals.size() - 1);
            city.put("decidedAt", last.at().toString());
            city.put("reviewer", last.actor());
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("externalId", filing.id());
        body.put("app", filing.app());
        body.put("provider", Map.of("creditCode", provider.creditCode().value(), "name", provider.name()));
        body.put("cityDecision", city);
        return body;
    }
}
