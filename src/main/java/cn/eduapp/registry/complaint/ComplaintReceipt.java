package cn.eduapp.registry.complaint;

/** What the complainant keeps: the tracking number and the access code (shown once, stored only hashed). */
public record ComplaintReceipt(String trackingNumber, String accessCode) implements java.io.Serializable {
}
