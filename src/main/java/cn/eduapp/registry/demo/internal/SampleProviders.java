package cn.eduapp.registry.demo.internal;

import cn.eduapp.registry.identity.IdentityManagement;
import cn.eduapp.registry.provider.ProviderManagement;
import cn.eduapp.registry.provider.ProviderRegistration;
import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.shared.LegalPersonType;
import java.util.List;
import org.springframework.stereotype.Component;

/** Four Beijing providers, registered as a provider registers itself, each with a demo login. */
@Component
class SampleProviders {

    /** The demo provider's login; its existence marks the samples as seeded. */
    static final String DEMO_PROVIDER = "provider-demo";

    /** Index of the provider whose refusal gets it blacklisted. */
    static final int BLACKLISTED = 3;

    private record Sample(String name, String creditCode, LegalPersonType type, String username, String contact) {
    }

    private static final List<Sample> SAMPLES = List.of(
            new Sample("北京启明教育科技有限公司", "91110108MA01DE0157", LegalPersonType.FOR_PROFIT, DEMO_PROVIDER, "王启明"),
            new Sample("北京星河学习科技有限公司", "91110105MA01DE023N", LegalPersonType.FOR_PROFIT, "provider-xinghe", "李星河"),
            new Sample("北京知行青少年发展中心", "52110102MA01DE0317", LegalPersonType.NON_PROFIT, "provider-zhixing", "张知行"),
            new Sample("北京乐学互动网络科技有限公司", "91110108MA01DE04XL", LegalPersonType.FOR_PROFIT, "provider-lexue", "赵乐学"));

    private final ProviderManagement providers;
    private final IdentityManagement identity;
    private final cn.eduapp.registry.provider.ProviderVerification verification;

    SampleProviders(ProviderManagement providers, IdentityManagement identity,
                    cn.eduapp.registry.provider.ProviderVerification verification) {
        this.providers = providers;
        this.verification = verification;
        this.identity = identity;
    }

    /** Registers the four and returns them signed in, in the order above. */
    List<CurrentUser> register(String password) {
        return SAMPLES.stream().map(s -> {
            var p = providers.register(new ProviderRegistration(s.name(), s.creditCode(), s.type(),
                    new ProviderRegistration.Contact(s.contact(), "010-62000000", s.username() + "@example.cn"),
                    new ProviderRegistration.AccountPart(s.username(), password)), "127.0.0.1");
            // the demo's providers are verified, so a fresh demo files end to end (issue 21)
            verification.verifyTrusted(p.id(), new cn.eduapp.registry.shared.Actor("demo", null), "演示数据：视为已核验");
            return identity.userOf(s.username()).orElseThrow();
        }).toList();
    }
}
