package cn.eduapp.registry.inspection.internal;

import cn.eduapp.registry.inspection.InspectionManagement;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Verify's {@code certSha256} is answered from the certificates a filing had when it was registered. */
@Component
class RegisteredCertificatesFromInspection implements cn.eduapp.registry.distribution.RegisteredCertificates {

    private final InspectionManagement inspections;

    RegisteredCertificatesFromInspection(InspectionManagement inspections) {
        this.inspections = inspections;
    }

    @Override
    public Optional<Set<String>> forFiling(String filingNumber) {
        return inspections.certificateSha256sOfRegisteredNumber(filingNumber);
    }
}
