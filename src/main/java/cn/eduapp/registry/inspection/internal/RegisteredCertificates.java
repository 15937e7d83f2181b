package cn.eduapp.registry.inspection.internal;

import cn.eduapp.registry.filing.FilingRegistered;
import cn.eduapp.registry.inspection.InspectionManagement;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** When a filing is registered, it keeps the signer certificates of its latest inspected package. */
@Component
class RegisteredCertificates {

    private final InspectionManagement inspections;

    RegisteredCertificates(InspectionManagement inspections) {
        this.inspections = inspections;
    }

    @ApplicationModuleListener
    void on(FilingRegistered registered) {
        inspections.keepRegisteredCertificates(registered.filingId(), registered.filingNumber(), registered.at());
    }
}
