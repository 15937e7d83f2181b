package cn.eduapp.registry.enforcement.internal.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The CA's ICP order form (四(二)). */
public class IcpOrderForm {

    @NotBlank(message = "{enforcement.notice.filingNumber.required}")
    @Size(max = 40)
    private String filingNumber = "";
    @Pattern(regexp = "RECTIFY|SHUTDOWN", message = "{enforcement.icp.kind.required}")
    private String kind = "RECTIFY";
    @NotBlank(message = "{enforcement.icp.reason.required}")
    @Size(max = 2000)
    private String reason = "";
    @Size(max = 40)
    private String deadline = "";

    public String getFilingNumber() { return filingNumber; }
    public void setFilingNumber(String v) { filingNumber = v == null ? "" : v.trim(); }
    public String getKind() { return kind; }
    public void setKind(String v) { kind = v == null ? "" : v; }
    public String getReason() { return reason; }
    public void setReason(String v) { reason = v == null ? "" : v; }
    public String getDeadline() { return deadline; }
    public void setDeadline(String v) { deadline = v == null ? "" : v.trim(); }
}
