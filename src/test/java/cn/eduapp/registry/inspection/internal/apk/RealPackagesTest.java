package cn.eduapp.registry.inspection.internal.apk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.eduapp.registry.inspection.PackageReport.Certificate;
import cn.eduapp.registry.inspection.PackageReport.Sdk;
import cn.eduapp.registry.inspection.internal.apk.ApkInspector.Inspection;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Real packages. The expected values were read once with Debian's tools on the same files:
 * {@code aapt dump badging <apk>} (package, versionCode, versionName, sdkVersion, targetSdkVersion,
 * uses-permission) and {@code apksigner verify --verbose --print-certs <apk>} (schemes, certificate DN,
 * certificate SHA-256), apt packages aapt 1:10.0.0+r36-10 and apksigner 31.0.2-1.
 */
class RealPackagesTest {

    static final Path BLOOD_DONATION = Path.of("../shared/fixtures/apk/blooddonation.apk");
    /** Fetched by bench/fetch-apks.sh (npm pack of pinned versions). */
    static final Path NPM = Path.of("target/apk-fixtures");

    static final ApkInspector INSPECTOR = new ApkInspector(InspectionLimits.defaults(), SdkSignatures.load());

    static Path blooddonation() {
        Path p = Files.exists(BLOOD_DONATION) ? BLOOD_DONATION : Path.of("/work/shared/fixtures/apk/blooddonation.apk");
        assumeTrue(Files.exists(p), "blooddonation.apk not found under ../shared/fixtures/apk/");
        return p;
    }

    static Path npmApk(String name) {
        Path p = NPM.resolve(name);
        assumeTrue(Files.exists(p), "target/apk-fixtures/" + name + " missing: run bench/fetch-apks.sh (needs npm)");
        return p;
    }

    @Test
    void bloodDonationEmbedsAdMobAndIsFrMobdevVersion13() {
        Inspection r = INSPECTOR.inspect(blooddonation());
        assertThat(r.manifest().packageName()).isEqualTo("fr.mobdev.blooddonation");
        assertThat(r.manifest().versionCode()).isEqualTo(13L);
        assertThat(r.manifest().versionName()).isEqualTo("3.4");
        assertThat(r.manifest().minSdk()).isEqualTo(17);
        assertThat(r.manifest().targetSdk()).isEqualTo(26);
        assertThat(r.manifest().permissions()).contains("android.permission.ACCESS_FINE_LOCATION",
                "android.permission.INTERNET", "android.permission.WRITE_EXTERNAL_STORAGE");
        assertThat(r.manifest().dangerousPermissions()).extracting(d -> d.group()).contains("LOCATION", "STORAGE");
        Sdk admob = r.sdks().stream().filter(s -> s.name().equals("Google AdMob")).findFirst().orElseThrow();
        assertThat(admob.category()).isEqualTo("ADVERTISING");
        assertThat(admob.evidence()).isNotEmpty().allMatch(c -> c.startsWith("com.google.android.gms.ads.")
                || c.startsWith("com.google.ads."));
        assertThat(admob.evidence()).noneMatch(c -> c.startsWith("com.google.android.gms.ads.identifier."));
        assertThat(r.signing().schemes()).containsExactly("V1", "V2");
        assertThat(r.signing().certificates()).extracting(Certificate::sha256)
                .containsExactly("1947b382c1ad9b3978c98a59d1f6fb67d5c04b199ff46dd403c8154c28e4df48");
        assertThat(r.signing().certificates().get(0).subject()).contains("CN=Anthony Chomienne");
    }

    @Test
    void apiDemosIsV1AndV2SignedWithoutAdvertising() {
        Inspection r = INSPECTOR.inspect(npmApk("ApiDemos-debug.apk"));
        assertThat(r.manifest().packageName()).isEqualTo("io.appium.android.apis");
        assertThat(r.manifest().versionCode()).isEqualTo(25L);
        assertThat(r.manifest().versionName()).isEqualTo("5.0.0");
        assertThat(r.manifest().minSdk()).isEqualTo(17);
        assertThat(r.manifest().targetSdk()).isEqualTo(33);
        assertThat(r.manifest().permissions()).containsExactly("android.permission.READ_CONTACTS",
                "android.permission.WRITE_CONTACTS", "android.permission.VIBRATE",
                "android.permission.ACCESS_COARSE_LOCATION", "android.permission.INTERNET",
                "android.permission.SET_WALLPAPER", "android.permission.WRITE_EXTERNAL_STORAGE",
                "android.permission.SEND_SMS", "android.permission.RECEIVE_SMS", "android.permission.NFC",
                "android.permission.POST_NOTIFICATIONS", "android.permission.RECORD_AUDIO",
                "android.permission.CAMERA", "io.appium.android.apis.DYNAMIC_RECEIVER_NOT_EXPORTED_PERMISSION");
        // aapt also lists READ_EXTERNAL_STORAGE, but as "uses-implied-permission ... reason='requested
        // WRITE_EXTERNAL_STORAGE'": the manifest itself does not request it (aapt dump xmltree shows none)
        assertThat(r.manifest().dangerousPermissions()).extracting(d -> d.group())
                .contains("CAMERA", "CONTACTS", "LOCATION", "MICROPHONE", "STORAGE");
        assertThat(r.manifest().exportedComponents()).isNotEmpty();
        assertThat(r.sdks()).noneMatch(s -> s.category().equals("ADVERTISING"));
        assertThat(r.signing().schemes()).containsExactly("V1", "V2");
        assertThat(r.signing().certificates()).extracting(Certificate::sha256)
                .containsExactly("18e8534fed30cbf9959e4073e723e3395a3f92fd6b41756d5fbc788f280c1107");
        assertThat(r.signing().certificates().get(0).subject()).contains("CN=Android Debug");
    }

    @Test
    void appiumSettingsIsV2OnlyMultidexWithoutAdvertising() {
        Inspection r = INSPECTOR.inspect(npmApk("settings_apk-debug.apk"));
        assertThat(r.manifest().packageName()).isEqualTo("io.appium.settings");
        assertThat(r.manifest().versionCode()).isEqualTo(192L);
        assertThat(r.manifest().versionName()).isEqualTo("8.0.10");
        assertThat(r.manifest().minSdk()).isEqualTo(26);
        assertThat(r.manifest().targetSdk()).isEqualTo(35);
        assertThat(r.manifest().permissions()).contains("android.permission.READ_PHONE_STATE",
                "android.permission.ACCESS_BACKGROUND_LOCATION", "android.permission.RECORD_AUDIO",
                "android.permission.READ_MEDIA_IMAGES").hasSize(27);
        assertThat(r.code().dexFiles()).isEqualTo(9);
        assertThat(r.sdks()).noneMatch(s -> s.category().equals("ADVERTISING"));
        assertThat(r.signing().verified()).isTrue();
        assertThat(r.signing().schemes()).containsExactly("V2");
        assertThat(r.signing().certificates()).extracting(Certificate::sha256)
                .containsExactly("680dbbc39ab0944796c811b636ace510c8e551317087036cebab0751b0a6190c");
    }

    @Test
    void uiAutomatorServerHasSixteenDexFilesAndV2V3Signatures() {
        Inspection r = INSPECTOR.inspect(npmApk("appium-uiautomator2-server-v10.6.6.apk"));
        assertThat(r.manifest().packageName()).isEqualTo("io.appium.uiautomator2.server");
        assertThat(r.manifest().versionCode()).isEqualTo(278L);
        assertThat(r.manifest().versionName()).isEqualTo("10.6.6");
        assertThat(r.manifest().minSdk()).isEqualTo(26);
        assertThat(r.manifest().targetSdk()).isEqualTo(34);
        assertThat(r.manifest().permissions()).containsExactly("android.permission.ACCESS_NETWORK_STATE",
                "android.permission.INTERNET", "android.permission.WAKE_LOCK", "android.permission.CHANGE_WIFI_STATE",
                "android.permission.ACCESS_WIFI_STATE", "android.permission.BLUETOOTH_SCAN",
                "android.permission.BLUETOOTH", "android.permission.QUERY_ALL_PACKAGES",
                "android.permission.REORDER_TASKS");
        assertThat(r.manifest().dangerousPermissions()).isEmpty();
        assertThat(r.code().dexFiles()).isEqualTo(16);
        assertThat(r.code().unreadable()).isEmpty();
        assertThat(r.sdks()).noneMatch(s -> s.category().equals("ADVERTISING"));
        assertThat(r.signing().schemes()).containsExactly("V2", "V3");
        assertThat(r.signing().certificates()).extracting(Certificate::sha256)
                .containsExactly("a40da80a59d170caa950cf15c18c454d47a39b26989d8b640ecd745ba71bf5dc");
        assertThat(r.signing().certificates().get(0).subject()).contains("CN=Android");
    }

    @Test
    void aPackageWithoutVersionCodeOrVersionNameIsRead() {
        // aapt dump badging: versionCode='' versionName='', sdkVersion:'26', targetSdkVersion:'34', no uses-permission
        Inspection r = INSPECTOR.inspect(npmApk("appium-uiautomator2-server-debug-androidTest.apk"));
        assertThat(r.manifest().packageName()).isEqualTo("io.appium.uiautomator2.server.test");
        assertThat(r.manifest().versionCode()).isNull();
        assertThat(r.manifest().versionName()).isNull();
        assertThat(r.manifest().minSdk()).isEqualTo(26);
        assertThat(r.manifest().targetSdk()).isEqualTo(34);
        assertThat(r.manifest().permissions()).isEmpty();
        assertThat(r.code().dexFiles()).isEqualTo(4);
        assertThat(r.signing().schemes()).containsExactly("V2", "V3");
        assertThat(r.signing().certificates()).extracting(Certificate::sha256)
                .containsExactly("a40da80a59d170caa950cf15c18c454d47a39b26989d8b640ecd745ba71bf5dc");
    }
}
