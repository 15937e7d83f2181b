package cn.eduapp.registry.complaint;

import cn.eduapp.registry.complaint.internal.persistence.ComplaintRepository;
import cn.eduapp.registry.system.security.PersonalDataCipher;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * A decided complaint's answer as its complainant receives it by email (issue 23), when they gave an
 * address. Read by the system for sending, not shown to a person, so no contact view is recorded.
 */
@Service
public class ComplaintAnswers {

    private final ComplaintRepository complaints;
    private final PersonalDataCipher cipher;

    ComplaintAnswers(ComplaintRepository complaints, PersonalDataCipher cipher) {
        this.complaints = complaints;
        this.cipher = cipher;
    }

    public Optional<ComplaintAnswer> forComplainant(String complaintId) {
        return complaints.find(complaintId).filter(c -> c.outcome() != null && c.contactEmailEnc() != null).flatMap(c -> {
            String email = cipher.decrypt(c.contactEmailEnc());
            return email == null || email.isBlank() ? Optional.empty()
                    : Optional.of(new ComplaintAnswer(email, c.trackingNumber(), c.appName(), c.outcome(), c.feedback()));
        });
    }
}
