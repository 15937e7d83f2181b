package cn.eduapp.registry.filing.internal.imports;

import cn.eduapp.registry.rules.Audience;
import cn.eduapp.registry.rules.Category;
import cn.eduapp.registry.rules.Declaration;
import cn.eduapp.registry.shared.LegalPersonType;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** One valid line of an import file: one platform of one registration. */
record ImportedRow(long line, String filingNumber, String appName, String providerName, String creditCode,
                   LegalPersonType legalPersonType, @Nullable Category category, Declaration.Platform platform,
                   List<Audience> audiences, boolean offersSubjectTraining, Instant registeredAt,
                   @Nullable String contactName, @Nullable String contactPhone, @Nullable String contactEmail) {

    /** Rows sharing a number must say the same of the filing (they differ by platform only). */
    boolean sameFilingAs(ImportedRow b) {
        return appName.equals(b.appName) && creditCode.equals(b.creditCode) && providerName.equals(b.providerName)
                && legalPersonType == b.legalPersonType && Objects.equals(category, b.category)
                && new HashSet<>(audiences).equals(new HashSet<>(b.audiences))
                && offersSubjectTraining == b.offersSubjectTraining && registeredAt.equals(b.registeredAt);
    }
}
