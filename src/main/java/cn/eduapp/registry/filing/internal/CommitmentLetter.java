package cn.eduapp.registry.filing.internal;

import cn.eduapp.registry.document.PdfRenderer;
import cn.eduapp.registry.filing.internal.domain.Filing;
import cn.eduapp.registry.provider.ProviderManagement;
import cn.eduapp.registry.provider.ProviderSnapshot;
import cn.eduapp.registry.shared.Beijing;
import cn.eduapp.registry.system.web.ApiProblem;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The 承诺书 (issue 21): the undertakings of 京教信〔2022〕5号 三 that no machine can check (values and content,
 * data protection, operations), filled from the declaration, with lines for the signature, the seal and the date.
 * The provider signs it and uploads it as the material COMMITMENT_LETTER. Template {@code filing/commitment-letter}.
 */
@Component
public class CommitmentLetter {

    static final String TEMPLATE = "filing/commitment-letter";

    private final PdfRenderer renderer;
    private final ProviderManagement providers;
    private final Clock clock;

    CommitmentLetter(PdfRenderer renderer, ProviderManagement providers, Clock clock) {
        this.renderer = renderer;
        this.providers = providers;
        this.clock = clock;
    }

    public byte[] render(Filing f) {
        ProviderSnapshot p = providers.snapshot(f.providerId()).orElseThrow(ApiProblem::notFound);
        LocalDate today = Beijing.today(clock);
        Map<String, Object> model = new HashMap<>();
        model.put("appName", f.app().name());
        model.put("providerName", p.name());
        model.put("creditCode", p.creditCode().value());
        model.put("filingId", f.id());
        model.put("generated", today.getYear() + "年" + today.getMonthValue() + "月" + today.getDayOfMonth() + "日");
        return renderer.render(TEMPLATE, model);
    }
}
