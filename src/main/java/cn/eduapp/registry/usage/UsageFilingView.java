package cn.eduapp.registry.usage;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A use filing as API.md lists it, with the selection record and the state of any action needed. {@code appChargesFees}:
 * the app's declaration said it charges fees when the use was filed; {@code feeWarning}: that, under unified selection
 * (京教信〔2022〕5号 二（三）: 统一选用的不得向学生及家长收取任何费用), whatever the institution declared. {@code filedIn}:
 * the province an app filed in another province was filed in (外省备案, issue 22; null for Beijing's own).
 */
public record UsageFilingView(String id, String institutionId, String institutionName, @Nullable String districtId,
                              String filingNumber, String appName, String providerName, String purpose,
                              boolean unifiedSelection, boolean chargesStudents, String selectionApprovedBy,
                              LocalDate selectionDate, UsageStatus status, @Nullable String actionKind,
                              @Nullable String actionReason, @Nullable Instant actionRequiredAt, Instant filedAt,
                              String filedBy, @Nullable Instant endedAt, @Nullable String endReason,
                              boolean appChargesFees, boolean feeWarning, @Nullable String filedIn) {

    public UsageFilingView(String id, String institutionId, String institutionName, @Nullable String districtId,
                           String filingNumber, String appName, String providerName, String purpose,
                           boolean unifiedSelection, boolean chargesStudents, String selectionApprovedBy,
                           LocalDate selectionDate, UsageStatus status, @Nullable String actionKind,
                           @Nullable String actionReason, @Nullable Instant actionRequiredAt, Instant filedAt,
                           String filedBy, @Nullable Instant endedAt, @Nullable String endReason, boolean appChargesFees,
                           @Nullable String filedIn) {
        this(id, institutionId, institutionName, districtId, filingNumber, appName, providerName, purpose, unifiedSelection,
                chargesStudents, selectionApprovedBy, selectionDate, status, actionKind, actionReason, actionRequiredAt,
                filedAt, filedBy, endedAt, endReason, appChargesFees, unifiedSelection && appChargesFees, filedIn);
    }

    /** 外省备案: filed in another province (the national mirror), not by Beijing's 市教委. */
    public boolean filedElsewhere() {
        return filedIn != null;
    }

    public boolean live() {
        return UsageStatus.LIVE.contains(status);
    }
}
