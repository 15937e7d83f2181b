package cn.eduapp.registry.complaint.internal;

import cn.eduapp.registry.complaint.ComplaintManagement;
import cn.eduapp.registry.enforcement.RectificationStartedFromComplaint;
import cn.eduapp.registry.system.web.ApiProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** An order started from a complaint is linked back on the complaint: the link is kept both ways. */
@Component
class RectificationLinks {

    private static final Logger log = LoggerFactory.getLogger(RectificationLinks.class);

    private final ComplaintManagement complaints;

    RectificationLinks(ComplaintManagement complaints) {
        this.complaints = complaints;
    }

    @ApplicationModuleListener
    void on(RectificationStartedFromComplaint e) {
        try {
            complaints.linkRectification(e.complaintId(), e.actor(), e.orderId());
        } catch (ApiProblem refused) {
            // not found, not substantiated or linked to another order already: the order keeps its source
            log.warn("Complaint {} not linked to order {}: {}", e.complaintId(), e.orderId(), refused.messageKey());
        }
    }
}
