package cn.eduapp.registry.inspection.internal;

import cn.eduapp.registry.filing.PackageFactsSource;
import cn.eduapp.registry.inspection.InspectionManagement;
import cn.eduapp.registry.rules.PackageFacts;
import java.util.Optional;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/** The pre-check of a filing reads its latest inspected package (filing asks through this interface). */
@Component
class LatestPackageFacts implements PackageFactsSource {

    private final InspectionManagement inspections;

    LatestPackageFacts(@Lazy InspectionManagement inspections) {
        this.inspections = inspections;
    }

    @Override
    public Optional<PackageFacts> latestFor(String filingId) {
        return inspections.latestFacts(filingId);
    }
}
