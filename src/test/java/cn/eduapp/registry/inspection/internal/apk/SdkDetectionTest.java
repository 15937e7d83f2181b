package cn.eduapp.registry.inspection.internal.apk;

import static org.assertj.core.api.Assertions.assertThat;

import cn.eduapp.registry.inspection.PackageReport.Sdk;
import cn.eduapp.registry.inspection.internal.apk.ApkInspector.Inspection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** No public APK carries the Chinese SDKs, so these dex files are built here with their class names. */
class SdkDetectionTest {

    static final ApkInspector INSPECTOR = new ApkInspector(InspectionLimits.defaults(), SdkSignatures.load());

    @TempDir
    Path dir;

    Inspection inspect(byte[] apk) throws IOException {
        Path file = Files.write(dir.resolve("t.apk"), apk);
        return INSPECTOR.inspect(file);
    }

    static byte[] manifest(List<String> permissions) {
        return TestApks.manifest("cn.test.app", 7L, "1.0", 21, 34, permissions, List.of());
    }

    @ParameterizedTest(name = "{0} → {1} ({2})")
    @CsvSource({
            "com.bytedance.sdk.openadsdk.TTAdSdk, 穿山甲 Pangle（字节跳动）, ADVERTISING",
            "com.qq.e.comm.managers.GDTAdSdk, 优量汇 GDT（腾讯广告）, ADVERTISING",
            "com.baidu.mobads.sdk.api.BDAdConfig, 百度联盟 Mobads, ADVERTISING",
            "com.kwad.sdk.api.KsAdSDK, 快手联盟 Kuaishou, ADVERTISING",
            "com.sigmob.windad.WindAds, Sigmob, ADVERTISING",
            "com.mbridge.msdk.MBridgeSDK, Mintegral, ADVERTISING",
            "com.mintegral.msdk.out.MIntegralSDKFactory, Mintegral, ADVERTISING",
            "com.miui.zeus.mimo.sdk.MimoSdk, 小米广告 MiMo, ADVERTISING",
            "com.xiaomi.ad.common.AdSdk, 小米广告 MiMo, ADVERTISING",
            "com.heytap.msp.mobad.api.MobAdManager, OPPO 广告联盟, ADVERTISING",
            "com.vivo.mobilead.manager.VivoAdManager, vivo 广告联盟, ADVERTISING",
            "com.huawei.hms.ads.HwAds, 华为鲸鸿动能 Ads Kit, ADVERTISING",
            "com.hihonor.ads.sdk.HnAds, 荣耀广告 Honor Ads, ADVERTISING",
            "com.google.android.gms.ads.MobileAds, Google AdMob, ADVERTISING",
            "com.unity3d.ads.UnityAds, Unity Ads, ADVERTISING",
            "com.applovin.sdk.AppLovinSdk, AppLovin, ADVERTISING",
            "com.ironsource.mediationsdk.IronSource, ironSource, ADVERTISING",
            "com.vungle.warren.Vungle, Vungle (Liftoff), ADVERTISING",
            "com.facebook.ads.AudienceNetworkAds, Meta Audience Network, ADVERTISING",
            "com.umeng.commonsdk.UMConfigure, 友盟 Umeng, ANALYTICS",
            "com.tendcloud.tenddata.TCAgent, TalkingData, ANALYTICS",
            "com.growingio.android.sdk.GrowingIO, GrowingIO, ANALYTICS",
            "com.google.firebase.analytics.FirebaseAnalytics, Firebase Analytics, ANALYTICS",
            "com.tencent.bugly.crashreport.CrashReport, 腾讯 Bugly, ANALYTICS",
            "com.sensorsdata.analytics.android.sdk.SensorsDataAPI, 神策 Sensors Data, ANALYTICS",
            "com.tencent.stat.StatService, 腾讯移动分析 MTA, ANALYTICS",
            "com.baidu.mobstat.StatService, 百度移动统计 Mobstat, ANALYTICS",
            "cn.jpush.android.api.JPushInterface, 极光推送 JPush, PUSH",
            "com.igexin.sdk.PushManager, 个推 Getui, PUSH",
            "com.unity3d.player.UnityPlayerActivity, Unity, GAME_ENGINE",
            "org.cocos2dx.lib.Cocos2dxActivity, Cocos2d-x, GAME_ENGINE",
            "com.cocos.lib.CocosActivity, Cocos Creator, GAME_ENGINE",
            "org.egret.egretnativeandroid.EgretNativeAndroid, Egret 白鹭, GAME_ENGINE",
            "layaair.game.browser.ConchJNI, LayaAir, GAME_ENGINE",
            "com.epicgames.ue4.GameActivity, Unreal Engine, GAME_ENGINE",
            "com.epicgames.unreal.GameActivity, Unreal Engine, GAME_ENGINE",
            "org.godotengine.godot.Godot, Godot, GAME_ENGINE",
            "com.baidu.ocr.sdk.OCR, 百度文字识别 OCR, PHOTO_SEARCH_OCR",
            "com.tencent.ocr.sdk.common.OcrSDKKit, 腾讯 OCR / 优图, PHOTO_SEARCH_OCR",
            "com.tencent.youtu.sdk.YoutuOcr, 腾讯 OCR / 优图, PHOTO_SEARCH_OCR",
            "com.google.mlkit.vision.text.TextRecognition, ML Kit Text Recognition, PHOTO_SEARCH_OCR",
            "com.abbyy.mobile.rtr.Engine, ABBYY Mobile OCR, PHOTO_SEARCH_OCR",
            "com.baidu.paddle.lite.PaddlePredictor, Paddle Lite, PHOTO_SEARCH_OCR",
            "com.googlecode.tesseract.android.TessBaseAPI, Tesseract, PHOTO_SEARCH_OCR",
            "cz.adaptech.tesseract4android.TessBaseAPI, Tesseract, PHOTO_SEARCH_OCR"})
    void eachSignatureIsDetectedWithItsClassAsEvidence(String className, String sdk, String category) throws IOException {
        byte[] dex = TestApks.dex(List.of("cn.test.app.MainActivity", className));
        Inspection r = inspect(TestApks.apk(manifest(List.of()), List.of(dex), Map.of()));
        assertThat(r.sdks()).hasSize(1);
        Sdk hit = r.sdks().get(0);
        assertThat(hit.name()).isEqualTo(sdk);
        assertThat(hit.category()).isEqualTo(category);
        assertThat(hit.evidence()).containsExactly(className);
        assertThat(hit.classCount()).isEqualTo(1);
    }

    @Test
    void theAdvertisingIdHelperIsNotAdMob() throws IOException {
        byte[] dex = TestApks.dex(List.of("com.google.android.gms.ads.identifier.AdvertisingIdClient",
                "com.google.android.gms.ads.identifier.AdvertisingIdClient$Info"));
        Inspection r = inspect(TestApks.apk(manifest(List.of()), List.of(dex), Map.of()));
        assertThat(r.sdks()).isEmpty();
        assertThat(r.code().classes()).isEqualTo(2);
    }

    @Test
    void prefixesMatchOnPackageBoundariesOnly() throws IOException {
        // com.qq.easy is not com.qq.e; com.cocosx is not com.cocos; layaairx is not layaair
        byte[] dex = TestApks.dex(List.of("com.qq.easy.Tool", "com.cocosx.Thing", "layaairx.Game", "com.umengx.A"));
        assertThat(inspect(TestApks.apk(manifest(List.of()), List.of(dex), Map.of())).sdks()).isEmpty();
    }

    @Test
    void classesInEveryDexAndInNestedApksAreRead() throws IOException {
        byte[] first = TestApks.dex(List.of("cn.test.app.Main"));
        byte[] second = TestApks.dex(List.of("com.qq.e.ads.banner2.UnifiedBannerView"));
        byte[] nestedDex = TestApks.dex(List.of("com.kwad.sdk.api.KsAdSDK", "com.kwad.sdk.api.KsLoadManager"));
        byte[] nested = TestApks.zip(Map.of("classes.dex", nestedDex));
        Inspection r = inspect(TestApks.apk(manifest(List.of()), List.of(first, second),
                Map.of("assets/plugin/ks.apk", nested)));
        assertThat(r.code().dexFiles()).isEqualTo(3);
        assertThat(r.code().nestedPackages()).containsExactly("assets/plugin/ks.apk");
        assertThat(r.sdks()).extracting(Sdk::name).containsExactly("优量汇 GDT（腾讯广告）", "快手联盟 Kuaishou");
        assertThat(r.sdks().get(1).classCount()).isEqualTo(2);
    }

    @Test
    void questionSearchWordsAreFoundInDexStringsAndResources() throws IOException {
        byte[] dex = TestApks.dex(List.of("com.baidu.ocr.sdk.OCR"), "拍照搜题.java");
        Inspection inDex = inspect(TestApks.apk(manifest(List.of("android.permission.CAMERA")), List.of(dex), Map.of()));
        assertThat(inDex.questionSearchStrings()).containsExactly("拍照搜题", "搜题");
        assertThat(inDex.manifest().dangerousPermissions()).extracting(d -> d.group()).containsExactly("CAMERA");

        byte[] plain = TestApks.dex(List.of("cn.test.app.Main"));
        byte[] utf16 = "一键拍题，秒出答案".getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
        Inspection inResources = inspect(TestApks.apk(manifest(List.of()), List.of(plain),
                Map.of("resources.arsc", utf16)));
        assertThat(inResources.questionSearchStrings()).containsExactly("拍题");

        Inspection none = inspect(TestApks.apk(manifest(List.of()), List.of(plain), Map.of()));
        assertThat(none.questionSearchStrings()).isEmpty();
    }

    @Test
    void aManifestWithoutVersionCodeIsRead() throws IOException {
        byte[] m = TestApks.manifest("cn.test.noversion", null, "2.0", 19, 30, List.of("android.permission.READ_CONTACTS"),
                List.of(".Main"));
        Inspection r = inspect(TestApks.apk(m, List.of(TestApks.dex(List.of("cn.test.noversion.Main"))), Map.of()));
        assertThat(r.manifest().packageName()).isEqualTo("cn.test.noversion");
        assertThat(r.manifest().versionCode()).isNull();
        assertThat(r.manifest().versionName()).isEqualTo("2.0");
        assertThat(r.manifest().minSdk()).isEqualTo(19);
        assertThat(r.manifest().targetSdk()).isEqualTo(30);
        assertThat(r.manifest().exportedComponents()).extracting(c -> c.name()).containsExactly("cn.test.noversion.Main");
        assertThat(r.manifest().dangerousPermissions()).extracting(d -> d.group()).containsExactly("CONTACTS");
        assertThat(r.signing().schemes()).isEmpty();
        assertThat(r.signing().verified()).isFalse();
    }

    @Test
    void aVersionNameGivenAsAStringResourceIsResolvedFromTheDefaultConfiguration() throws IOException {
        byte[] m = TestApks.manifestWithVersionNameResource("cn.test.ref", 0x7f020001);
        byte[] arsc = TestApks.resourceTable(2, List.of("app", "4.2.0-默认"), List.of("应用", "4.2.0-中文"));
        Inspection r = inspect(TestApks.apk(m, List.of(TestApks.dex(List.of("cn.test.ref.Main"))),
                Map.of("resources.arsc", arsc)));
        assertThat(r.manifest().versionName()).isEqualTo("4.2.0-默认");
        assertThat(r.manifest().versionCode()).isEqualTo(5L);

        Inspection unresolved = inspect(TestApks.apk(m, List.of(TestApks.dex(List.of("cn.test.ref.Main"))), Map.of()));
        assertThat(unresolved.manifest().versionName()).isEqualTo("@0x7f020001");
    }
}
