package cn.eduapp.registry.usage;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * API.md's use filing: the app by its filing number, why it is used, unified (统一选用) or voluntary
 * selection, whether students or parents pay, and who approved the choice when (选用制度). Missing
 * booleans count as false.
 */
public record UsageFilingRequest(
        @NotBlank(message = "{usage.filingNumber.required}") @Size(max = 50, message = "{usage.filingNumber.size}") String filingNumber,
        @NotBlank(message = "{usage.purpose.required}") @Size(max = 500, message = "{usage.purpose.size}") String purpose,
        @Nullable Boolean unifiedSelection,
        @Nullable Boolean chargesStudents,
        @NotBlank(message = "{usage.selectionApprovedBy.required}") @Size(max = 100, message = "{usage.selectionApprovedBy.size}") String selectionApprovedBy,
        @NotNull(message = "{usage.selectionDate.required}") LocalDate selectionDate) {

    public boolean unified() {
        return Boolean.TRUE.equals(unifiedSelection);
    }

    public boolean charges() {
        return Boolean.TRUE.equals(chargesStudents);
    }
}
