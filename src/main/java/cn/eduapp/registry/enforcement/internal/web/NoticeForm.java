package cn.eduapp.registry.enforcement.internal.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The CAC's (or CA's) takedown notice form. */
public class NoticeForm {

    @NotBlank(message = "{enforcement.notice.filingNumber.required}")
    @Size(max = 40)
    private String filingNumber = "";
    @NotBlank(message = "{enforcement.notice.reason.required}")
    @Size(max = 2000)
    private String reason = "";

    public String getFilingNumber() { return filingNumber; }
    public void setFilingNumber(String v) { filingNumber = v == null ? "" : v.trim(); }
    public String getReason() { return reason; }
    public void setReason(String v) { reason = v == null ? "" : v; }
}
