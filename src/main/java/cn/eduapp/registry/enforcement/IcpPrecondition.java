package cn.eduapp.registry.enforcement;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * 四(二): whether a provider may get an ICP filing for a subject-training app: it must hold an online
 * subject-training permit valid today. {@code providerName} is null when no provider has that code here.
 */
public record IcpPrecondition(String creditCode, @Nullable String providerName, boolean eligible, List<Permit> permits,
                              String reason) {

    public record Permit(String type, String number, LocalDate validFrom, LocalDate validUntil, String status) {
    }
}
