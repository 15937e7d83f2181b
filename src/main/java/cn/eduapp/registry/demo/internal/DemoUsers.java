package cn.eduapp.registry.demo.internal;

import cn.eduapp.registry.identity.IdentityManagement;
import cn.eduapp.registry.shared.CurrentUser;
import java.util.Optional;

/** The demo accounts identity seeds (API.md), as the users the samples act as. */
record DemoUsers(CurrentUser city, CurrentUser moe, CurrentUser ca, CurrentUser cac, CurrentUser appStore,
                 CurrentUser haidianSchool) {

    /** Every demo account, or nothing when one is missing (demo data did not run). */
    static Optional<DemoUsers> load(IdentityManagement identity) {
        Optional<CurrentUser> city = identity.userOf("city-reviewer");
        Optional<CurrentUser> moe = identity.userOf("moe-reviewer");
        Optional<CurrentUser> ca = identity.userOf("ca-officer");
        Optional<CurrentUser> cac = identity.userOf("cac-officer");
        Optional<CurrentUser> store = identity.userOf("appstore-demo");
        Optional<CurrentUser> school = identity.userOf("school-haidian-1");
        if (city.isEmpty() || moe.isEmpty() || ca.isEmpty() || cac.isEmpty() || store.isEmpty() || school.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new DemoUsers(city.get(), moe.get(), ca.get(), cac.get(), store.get(), school.get()));
    }
}
