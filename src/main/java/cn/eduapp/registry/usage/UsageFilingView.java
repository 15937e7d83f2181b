package cn.eduapp.registry.usage;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A use filing as API.md lists it, with the selection record and the state of any action needed. */
public record UsageFilingView(String id, String institutionId, String institutionName, @Nullable String districtId,
                              String filingNumber, String appName, String providerName, String purpose,
                              boolean unifiedSelection, boolean chargesStudents, String selectionApprovedBy,
                              LocalDate selectionDate, UsageStatus status, @Nullable String actionKind,
                              @Nullable String actionReason, @Nullable Instant actionRequiredAt, Instant filedAt,
                              String filedBy, @Nullable Instant endedAt, @Nullable String endReason) {

    public boolean live() {
        return UsageStatus.LIVE.contains(status);
    }
}
