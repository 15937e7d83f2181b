package cn.eduapp.registry.complaint.internal.domain;

import cn.eduapp.registry.complaint.Agency;
import cn.eduapp.registry.complaint.ComplaintCategory;
import cn.eduapp.registry.complaint.ComplaintOutcome;
import cn.eduapp.registry.complaint.ComplaintStatus;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A complaint: routed to one agency at a time, open until that agency decides it. Contact details stay
 * in their encrypted form here; only the facade decrypts them, for the agency holding the complaint.
 */
public class Complaint {

    /** Why a step is refused in the complaint's present state (mapped to 409 or 422). */
    public static class Refused extends RuntimeException {
        private final String reason;

        Refused(String reason) {
            super(reason, null, false, false);
            this.reason = reason;
        }

        public String reason() {
            return reason;
        }
    }

    final String id;
    final String trackingNumber;
    final String accessCodeHash;
    final ComplaintCategory category;
    final String appName;
    final @Nullable String identifier;
    final @Nullable String filingNumber;
    final boolean unfiledApp;
    final String description;
    final @Nullable String contactNameEnc;
    final @Nullable String contactPhoneEnc;
    final @Nullable String contactEmailEnc;
    Agency agency;
    @Nullable String agencyOrganisationId;
    ComplaintStatus status;
    @Nullable ComplaintOutcome outcome;
    @Nullable String feedback;
    @Nullable String internalNote;
    @Nullable String rectificationId;
    final Instant receivedAt;
    final Instant dueAt;
    @Nullable Instant resolvedAt;
    @Nullable String resolvedBy;
    int version;

    /** A complaint as stored (persistence reads it back with this). */
    @SuppressWarnings("ParameterNumber")
    public Complaint(String id, String trackingNumber, String accessCodeHash, ComplaintCategory category, String appName,
              @Nullable String identifier, @Nullable String filingNumber, boolean unfiledApp, String description,
              @Nullable String contactNameEnc, @Nullable String contactPhoneEnc, @Nullable String contactEmailEnc,
              Agency agency, @Nullable String agencyOrganisationId, ComplaintStatus status,
              @Nullable ComplaintOutcome outcome, @Nullable String feedback, @Nullable String internalNote,
              @Nullable String rectificationId, Instant receivedAt, Instant dueAt, @Nullable Instant resolvedAt,
              @Nullable String resolvedBy, int version) {
        this.id = id;
        this.trackingNumber = trackingNumber;
        this.accessCodeHash = accessCodeHash;
        this.category = category;
        this.appName = appName;
        this.identifier = identifier;
        this.filingNumber = filingNumber;
        this.unfiledApp = unfiledApp;
        this.description = description;
        this.contactNameEnc = contactNameEnc;
        this.contactPhoneEnc = contactPhoneEnc;
        this.contactEmailEnc = contactEmailEnc;
        this.agency = agency;
        this.agencyOrganisationId = agencyOrganisationId;
        this.status = status;
        this.outcome = outcome;
        this.feedback = feedback;
        this.internalNote = internalNote;
        this.rectificationId = rectificationId;
        this.receivedAt = receivedAt;
        this.dueAt = dueAt;
        this.resolvedAt = resolvedAt;
        this.resolvedBy = resolvedBy;
        this.version = version;
    }

    /** A new complaint, routed by its category. */
    public static Complaint received(String id, String trackingNumber, String accessCodeHash, ComplaintCategory category,
                                     String appName, @Nullable String identifier, @Nullable String filingNumber,
                                     String description, @Nullable String contactNameEnc,
                                     @Nullable String contactPhoneEnc, @Nullable String contactEmailEnc,
                                     @Nullable String agencyOrganisationId, Instant receivedAt, Instant dueAt) {
        return new Complaint(id, trackingNumber, accessCodeHash, category, appName, identifier, filingNumber,
                filingNumber == null, description, contactNameEnc, contactPhoneEnc, contactEmailEnc,
                category.agency(), agencyOrganisationId, ComplaintStatus.RECEIVED, null, null, null, null,
                receivedAt, dueAt, null, null, 0);
    }

    public void resolve(ComplaintOutcome outcome, String feedback, @Nullable String note, String by, Instant at) {
        if (status != ComplaintStatus.RECEIVED) {
            throw new Refused("complaint.alreadyResolved");
        }
        this.status = ComplaintStatus.RESOLVED;
        this.outcome = outcome;
        this.feedback = feedback;
        this.internalNote = note;
        this.resolvedAt = at;
        this.resolvedBy = by;
    }

    public void reassign(Agency to, @Nullable String organisationId) {
        if (status != ComplaintStatus.RECEIVED) {
            throw new Refused("complaint.alreadyResolved");
        }
        if (to == agency) {
            throw new Refused("complaint.sameAgency");
        }
        this.agency = to;
        this.agencyOrganisationId = organisationId;
    }

    /** Only a substantiated complaint can lead to a rectification order; one order per complaint. */
    public void linkRectification(String rectificationId) {
        if (status != ComplaintStatus.RESOLVED || outcome != ComplaintOutcome.SUBSTANTIATED) {
            throw new Refused("complaint.notSubstantiated");
        }
        if (this.rectificationId != null && !this.rectificationId.equals(rectificationId)) {
            throw new Refused("complaint.alreadyLinked");
        }
        this.rectificationId = rectificationId;
    }

    /** Saved: the stored row's version moved on by one (optimistic locking). */
    public void saved() {
        version++;
    }

    public boolean overdueAt(Instant now) {
        return status == ComplaintStatus.RECEIVED && now.isAfter(dueAt);
    }

    public boolean hasContact() {
        return contactNameEnc != null || contactPhoneEnc != null || contactEmailEnc != null;
    }

    public String id() { return id; }
    public String trackingNumber() { return trackingNumber; }
    public String accessCodeHash() { return accessCodeHash; }
    public ComplaintCategory category() { return category; }
    public String appName() { return appName; }
    public @Nullable String identifier() { return identifier; }
    public @Nullable String filingNumber() { return filingNumber; }
    public boolean unfiledApp() { return unfiledApp; }
    public String description() { return description; }
    public @Nullable String contactNameEnc() { return contactNameEnc; }
    public @Nullable String contactPhoneEnc() { return contactPhoneEnc; }
    public @Nullable String contactEmailEnc() { return contactEmailEnc; }
    public Agency agency() { return agency; }
    public @Nullable String agencyOrganisationId() { return agencyOrganisationId; }
    public ComplaintStatus status() { return status; }
    public @Nullable ComplaintOutcome outcome() { return outcome; }
    public @Nullable String feedback() { return feedback; }
    public @Nullable String internalNote() { return internalNote; }
    public @Nullable String rectificationId() { return rectificationId; }
    public Instant receivedAt() { return receivedAt; }
    public Instant dueAt() { return dueAt; }
    public @Nullable Instant resolvedAt() { return resolvedAt; }
    public @Nullable String resolvedBy() { return resolvedBy; }
    public int version() { return version; }
}
