package cn.eduapp.registry.inspection.internal.apk;

import cn.eduapp.registry.inspection.PackageReport.Component;
import cn.eduapp.registry.inspection.PackageReport.DangerousPermission;
import cn.eduapp.registry.inspection.PackageReport.Manifest;
import cn.eduapp.registry.inspection.internal.apk.BinaryXml.Attribute;
import cn.eduapp.registry.inspection.internal.apk.PackageRejected.Kind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The facts of AndroidManifest.xml: package, versions, SDK levels, requested permissions (the dangerous ones
 * marked by what they reach), and the components other apps can start.
 */
final class ManifestReader {

    // android:* attribute resource ids (frameworks/base/core/res/res/values/public.xml)
    static final int NAME = 0x01010003;
    static final int PERMISSION = 0x01010006;
    static final int EXPORTED = 0x01010010;
    static final int VERSION_CODE = 0x0101021b;
    static final int VERSION_NAME = 0x0101021c;
    static final int MIN_SDK = 0x0101020c;
    static final int TARGET_SDK = 0x01010270;

    /** The runtime ("dangerous") permissions the notice's privacy review cares about, by what they reach. */
    static final Map<String, String> DANGEROUS = Map.ofEntries(
            Map.entry("android.permission.CAMERA", "CAMERA"),
            Map.entry("android.permission.ACCESS_FINE_LOCATION", "LOCATION"),
            Map.entry("android.permission.ACCESS_COARSE_LOCATION", "LOCATION"),
            Map.entry("android.permission.ACCESS_BACKGROUND_LOCATION", "LOCATION"),
            Map.entry("android.permission.READ_CONTACTS", "CONTACTS"),
            Map.entry("android.permission.WRITE_CONTACTS", "CONTACTS"),
            Map.entry("android.permission.GET_ACCOUNTS", "CONTACTS"),
            Map.entry("android.permission.RECORD_AUDIO", "MICROPHONE"),
            Map.entry("android.permission.READ_EXTERNAL_STORAGE", "STORAGE"),
            Map.entry("android.permission.WRITE_EXTERNAL_STORAGE", "STORAGE"),
            Map.entry("android.permission.MANAGE_EXTERNAL_STORAGE", "STORAGE"),
            Map.entry("android.permission.READ_MEDIA_IMAGES", "STORAGE"),
            Map.entry("android.permission.READ_MEDIA_VIDEO", "STORAGE"),
            Map.entry("android.permission.READ_MEDIA_AUDIO", "STORAGE"),
            Map.entry("android.permission.READ_PHONE_STATE", "PHONE"),
            Map.entry("android.permission.READ_PHONE_NUMBERS", "PHONE"),
            Map.entry("android.permission.CALL_PHONE", "PHONE"),
            Map.entry("android.permission.ANSWER_PHONE_CALLS", "PHONE"),
            Map.entry("android.permission.READ_CALL_LOG", "PHONE"),
            Map.entry("android.permission.WRITE_CALL_LOG", "PHONE"),
            Map.entry("android.permission.ADD_VOICEMAIL", "PHONE"),
            Map.entry("android.permission.USE_SIP", "PHONE"),
            Map.entry("android.permission.PROCESS_OUTGOING_CALLS", "PHONE"));

    private static final Set<String> COMPONENTS = Set.of("activity", "activity-alias", "service", "receiver", "provider");

    private ManifestReader() {
    }

    static Manifest read(byte[] xml) {
        State s = new State();
        try {
            BinaryXml.parse(xml, s);
        } catch (BinaryXml.Malformed e) {
            throw new PackageRejected(Kind.NOT_AN_APK, "AndroidManifest.xml: " + e.getMessage());
        }
        if (s.packageName == null || s.packageName.isBlank()) {
            throw new PackageRejected(Kind.NOT_AN_APK, "manifest without a package name");
        }
        int effectiveTarget = s.targetSdk != null ? s.targetSdk : s.minSdk != null ? s.minSdk : 1;
        List<Component> exported = new ArrayList<>();
        for (Pending c : s.components) {
            boolean isExported = c.exported != null ? c.exported
                    // before API 31 a component with an intent filter is exported unless it says otherwise;
                    // a provider is exported by default when targeting API 16 or lower
                    : c.type.equals("provider") ? effectiveTarget <= 16 : c.hasIntentFilter;
            if (isExported) {
                exported.add(new Component(c.type, qualify(s.packageName, c.name), c.permission));
            }
        }
        List<String> permissions = List.copyOf(s.permissions);
        List<DangerousPermission> dangerous = permissions.stream().filter(DANGEROUS::containsKey)
                .map(p -> new DangerousPermission(p, DANGEROUS.get(p))).toList();
        return new Manifest(s.packageName, s.versionName, s.versionCode, s.minSdk, s.targetSdk, permissions,
                dangerous, List.copyOf(exported));
    }

    private static String qualify(String pkg, String name) {
        if (name.startsWith(".")) {
            return pkg + name;
        }
        return name.contains(".") ? name : pkg + "." + name;
    }

    private static final class Pending {
        final String type;
        final String name;
        final @Nullable Boolean exported;
        final @Nullable String permission;
        boolean hasIntentFilter;

        Pending(String type, String name, @Nullable Boolean exported, @Nullable String permission) {
            this.type = type;
            this.name = name;
            this.exported = exported;
            this.permission = permission;
        }
    }

    private static final class State implements BinaryXml.Handler {
        final Deque<String> path = new ArrayDeque<>();
        final Deque<Pending> open = new ArrayDeque<>();
        final List<Pending> components = new ArrayList<>();
        final Set<String> permissions = new LinkedHashSet<>();
        @Nullable String packageName;
        @Nullable String versionName;
        @Nullable Long versionCode;
        @Nullable Integer minSdk;
        @Nullable Integer targetSdk;

        @Override
        public void start(String name, List<Attribute> attributes) {
            String parent = path.peek();
            path.push(name);
            int depth = path.size();
            if (depth == 1 && name.equals("manifest")) {
                for (Attribute a : attributes) {
                    if (a.resourceId() == 0 && a.name().equals("package")) {
                        packageName = a.string();
                    } else if (a.is(VERSION_CODE, "versionCode")) {
                        versionCode = a.integer();
                    } else if (a.is(VERSION_NAME, "versionName")) {
                        versionName = a.string();
                    }
                }
            } else if (depth == 2 && name.equals("uses-sdk")) {
                for (Attribute a : attributes) {
                    if (a.is(MIN_SDK, "minSdkVersion")) {
                        minSdk = level(a);
                    } else if (a.is(TARGET_SDK, "targetSdkVersion")) {
                        targetSdk = level(a);
                    }
                }
            } else if (depth == 2 && name.startsWith("uses-permission")) {
                String p = value(attributes, NAME, "name");
                if (p != null && !p.isBlank()) {
                    permissions.add(p);
                }
            } else if (depth == 3 && "application".equals(parent) && COMPONENTS.contains(name)) {
                String n = value(attributes, NAME, "name");
                Boolean exported = null;
                for (Attribute a : attributes) {
                    if (a.is(EXPORTED, "exported")) {
                        exported = a.bool();
                    }
                }
                Pending c = new Pending(name, n == null ? "" : n, exported, value(attributes, PERMISSION, "permission"));
                components.add(c);
                open.push(c);
            } else if (depth == 4 && name.equals("intent-filter") && !open.isEmpty()) {
                open.peek().hasIntentFilter = true;
            }
        }

        @Override
        public void end(String name) {
            if (path.size() == 3 && COMPONENTS.contains(name) && !open.isEmpty()) {
                open.pop();
            }
            if (!path.isEmpty()) {
                path.pop();
            }
        }

        private static @Nullable Integer level(Attribute a) {
            Long v = a.integer();
            // a codename ("Q") instead of a number names a preview platform; it has no level yet
            return v == null || v > Integer.MAX_VALUE || v < 0 ? null : v.intValue();
        }

        private static @Nullable String value(List<Attribute> attributes, int id, String name) {
            for (Attribute a : attributes) {
                if (a.is(id, name)) {
                    return a.string();
                }
            }
            return null;
        }
    }
}
