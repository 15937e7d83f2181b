package cn.eduapp.registry.usage.internal.web;

import cn.eduapp.registry.usage.UsageFilingRequest;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The page form of a use filing; the same request, validation and refusals as the API. */
public class UsageForm {

    private String filingNumber = "";
    private String purpose = "";
    private boolean unifiedSelection;
    private boolean chargesStudents;
    private String selectionApprovedBy = "";
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate selectionDate;

    UsageFilingRequest toRequest() {
        return new UsageFilingRequest(filingNumber, purpose, unifiedSelection, chargesStudents, selectionApprovedBy,
                selectionDate);
    }

    public String getFilingNumber() { return filingNumber; }
    public void setFilingNumber(String v) { this.filingNumber = v == null ? "" : v.trim(); }
    public String getPurpose() { return purpose; }
    public void setPurpose(String v) { this.purpose = v == null ? "" : v; }
    public boolean isUnifiedSelection() { return unifiedSelection; }
    public void setUnifiedSelection(boolean v) { this.unifiedSelection = v; }
    public boolean isChargesStudents() { return chargesStudents; }
    public void setChargesStudents(boolean v) { this.chargesStudents = v; }
    public String getSelectionApprovedBy() { return selectionApprovedBy; }
    public void setSelectionApprovedBy(String v) { this.selectionApprovedBy = v == null ? "" : v; }
    public LocalDate getSelectionDate() { return selectionDate; }
    public void setSelectionDate(LocalDate v) { this.selectionDate = v; }
}
