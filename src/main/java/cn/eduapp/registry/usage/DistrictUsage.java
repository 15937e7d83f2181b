package cn.eduapp.registry.usage;

import org.jspecify.annotations.Nullable;

/** A district in the city's overview: its schools, live use filings, distinct apps and filings needing action. */
public record DistrictUsage(String districtId, String name, @Nullable String districtCode, long schools,
                            long liveFilings, long apps, long actionRequired) {
}
