package cn.eduapp.registry.enforcement;

import java.util.List;

/**
 * The result of 三（五）'s act: the filings revoked (registered or under rectification) with their numbers, and the
 * pending applications refused (city or national review), by filing id (they have no number yet).
 */
public record PreschoolRevocation(int revoked, List<String> filingNumbers, int refused, List<String> refusedFilingIds)
        implements java.io.Serializable {
}
