package cn.eduapp.registry.distribution.internal.web;

import cn.eduapp.registry.rules.PlatformType;
import cn.eduapp.registry.shared.Role;
import cn.eduapp.registry.system.web.ApiProblem;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** A verify request's parameters, checked: the same for the fast lane and the controller. */
record VerifyQuery(PlatformType platform, String identifier, @Nullable String certSha256) {

    static final String PATH = "/api/v1/verify";
    /** Who may verify (the controller's {@code @AllowedRoles} says the same; a test holds them equal). */
    static final Set<Role> ROLES = Set.of(Role.DISTRIBUTION_PLATFORM, Role.CITY_REVIEWER, Role.MOE_REVIEWER,
            Role.CA_OFFICER, Role.CAC_OFFICER);
    static final int MAX_IDENTIFIER = 500;
    private static final Pattern SHA256 = Pattern.compile("^[0-9a-f]{64}$");

    static VerifyQuery of(@Nullable String platform, @Nullable String identifier, @Nullable String certSha256) {
        PlatformType type = platform(platform);
        if (identifier == null || identifier.isBlank() || identifier.length() > MAX_IDENTIFIER) {
            throw ApiProblem.badField("identifier", identifier == null || identifier.isBlank() ? "REQUIRED" : "INVALID_VALUE",
                    "请提供应用在该平台上的标识（包名、Bundle ID、小程序 AppID 或网址）");
        }
        String cert = null;
        if (certSha256 != null && !certSha256.isBlank()) {
            cert = certSha256.replace(":", "").strip().toLowerCase(Locale.ROOT);
            if (!SHA256.matcher(cert).matches()) {
                throw ApiProblem.badField("certSha256", "INVALID_VALUE", "证书指纹须为 64 位十六进制 SHA-256");
            }
        }
        return new VerifyQuery(type, identifier, cert);
    }

    static PlatformType platform(@Nullable String platform) {
        if (platform == null || platform.isBlank()) {
            throw ApiProblem.badField("platform", "REQUIRED", "请提供平台：ANDROID、IOS、HARMONYOS、MINI_PROGRAM 或 H5");
        }
        try {
            return PlatformType.valueOf(platform.strip());
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badField("platform", "INVALID_VALUE", "未知的平台：应为 ANDROID、IOS、HARMONYOS、MINI_PROGRAM 或 H5");
        }
    }
}
