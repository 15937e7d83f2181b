package cn.eduapp.registry.enforcement.internal.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The city's order form: which filing (by number), why, under which clause, by when. */
public class OrderForm {

    @NotBlank(message = "{enforcement.notice.filingNumber.required}")
    @Size(max = 40)
    private String filingNumber = "";
    @NotBlank(message = "{enforcement.order.reason.required}")
    @Size(max = 2000)
    private String reason = "";
    @NotBlank(message = "{enforcement.order.clause.required}")
    @Size(max = 200)
    private String clause = "京教信〔2022〕5号 三";
    @NotBlank(message = "{enforcement.order.deadline.required}")
    @Size(max = 40)
    private String deadline = "";

    public String getFilingNumber() { return filingNumber; }
    public void setFilingNumber(String v) { filingNumber = v == null ? "" : v.trim(); }
    public String getReason() { return reason; }
    public void setReason(String v) { reason = v == null ? "" : v; }
    public String getClause() { return clause; }
    public void setClause(String v) { clause = v == null ? "" : v; }
    public String getDeadline() { return deadline; }
    public void setDeadline(String v) { deadline = v == null ? "" : v.trim(); }

    /** Set when the order is started from a re-check alert or a substantiated complaint. */
    private String alertId = "";
    private String complaintId = "";

    public String getAlertId() { return alertId; }
    public void setAlertId(String alertId) { this.alertId = alertId; }
    public String getComplaintId() { return complaintId; }
    public void setComplaintId(String complaintId) { this.complaintId = complaintId; }
}
