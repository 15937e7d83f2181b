package cn.eduapp.registry.national;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An app filed in another province, as the national platform lists it ({@code GET {base}/apps}) and the
 * mirror keeps it: its filing number, names, the province it was filed in, status and platforms.
 */
public record NationalApp(String filingNumber, String appName, String providerName, @Nullable String creditCode,
                          String province, @Nullable String category, NationalAppStatus status,
                          List<NationalPlatform> platforms, @Nullable Instant registeredAt, Instant changedAt) {

    public NationalApp {
        platforms = platforms == null ? List.of() : List.copyOf(platforms);
    }

    public boolean registered() {
        return status == NationalAppStatus.REGISTERED;
    }
}
