package cn.eduapp.registry.complaint;

import java.time.Instant;

/**
 * What the complainant keeps: the tracking number and the access code (shown once, stored only hashed),
 * the agency that handles the complaint and the date it is due.
 */
public record ComplaintReceipt(String trackingNumber, String accessCode, Agency agency, Instant dueAt)
        implements java.io.Serializable {
}
