package cn.eduapp.registry.inspection;

import cn.eduapp.registry.rules.Finding;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What an inspection found in one uploaded package, as API.md's {@code GET /api/v1/filings/{id}/packages/{packageId}}
 * shows it. {@code findings} are the pre-check's PACKAGE_* findings for this package against the declaration in
 * force when the report is read.
 */
public record PackageReport(String id, String filingId, String sha256, long size, @Nullable String fileName,
                            Instant uploadedAt, Manifest manifest, Signing signing, List<Sdk> sdks,
                            List<String> questionSearchStrings, Code code, List<Finding> findings) {

    /** {@code versionCode} and the SDK levels are null when the manifest does not state them. */
    public record Manifest(String packageName, @Nullable String versionName, @Nullable Long versionCode,
                           @Nullable Integer minSdk, @Nullable Integer targetSdk, List<String> permissions,
                           List<DangerousPermission> dangerousPermissions, List<Component> exportedComponents) {
    }

    /** {@code group}: CAMERA, LOCATION, CONTACTS, MICROPHONE, STORAGE or PHONE. */
    public record DangerousPermission(String permission, String group) {
    }

    /** {@code type}: activity, activity-alias, service, receiver or provider. */
    public record Component(String type, String name, @Nullable String permission) {
    }

    /** {@code schemes}: those that verify, of V1, V2, V3 (and V31). */
    public record Signing(boolean verified, List<String> schemes, List<Certificate> certificates) {
    }

    public record Certificate(String sha256, String subject, String issuer, Instant notBefore, Instant notAfter) {
    }

    /** {@code evidence}: the first matching class names (sorted), out of {@code classCount}. */
    public record Sdk(String name, String category, List<String> evidence, int classCount, List<String> prefixes) {
    }

    /** How much code was read: dex files of the package and of APKs nested in it. */
    public record Code(int dexFiles, int classes, List<String> nestedPackages, List<String> unreadable) {
    }

    public PackageReport withFindings(List<Finding> findings) {
        return new PackageReport(id, filingId, sha256, size, fileName, uploadedAt, manifest, signing, sdks,
                questionSearchStrings, code, List.copyOf(findings));
    }
}
