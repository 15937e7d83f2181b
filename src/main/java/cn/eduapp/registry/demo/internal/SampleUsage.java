package cn.eduapp.registry.demo.internal;

import cn.eduapp.registry.demo.internal.SampleFilings.Seeded;
import cn.eduapp.registry.identity.IdentityManagement;
import cn.eduapp.registry.shared.Beijing;
import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.usage.InstitutionKind;
import cn.eduapp.registry.usage.InstitutionView;
import cn.eduapp.registry.usage.UsageFilingRequest;
import cn.eduapp.registry.usage.UsageManagement;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Two more districts (朝阳, 西城) with a school and logins each, made by the city as on 机构管理; then the
 * three demo schools file use of registered apps, some of which enforcement will later put under
 * rectification or revoke, so that their use filings need action.
 */
@Component
class SampleUsage {

    private record District(String name, String code, String username, String school, String schoolUsername) {
    }

    private static final List<District> DISTRICTS = List.of(
            new District("朝阳区教育委员会", "110105", "district-chaoyang", "北京市朝阳区实验小学", "school-chaoyang-1"),
            new District("西城区教育委员会", "110102", "district-xicheng", "北京市西城区育才学校", "school-xicheng-1"));

    private final UsageManagement usage;
    private final IdentityManagement identity;
    private final Clock clock;

    SampleUsage(UsageManagement usage, IdentityManagement identity, Clock clock) {
        this.usage = usage;
        this.identity = identity;
        this.clock = clock;
    }

    /** Returns the number of use filings made. */
    int seed(DemoUsers users, List<Seeded> filings, String password) {
        CurrentUser chaoyang = district(users.city(), DISTRICTS.get(0), password);
        CurrentUser xicheng = district(users.city(), DISTRICTS.get(1), password);
        List<Seeded> qiming = SampleFilings.registered(filings, 0);
        List<Seeded> xinghe = SampleFilings.registered(filings, 1);
        List<Seeded> zhixing = SampleFilings.registered(filings, 2);
        List<Seeded> lexue = SampleFilings.registered(filings, SampleProviders.BLACKLISTED);
        List<Map.Entry<CurrentUser, List<Seeded>>> uses = List.of(
                Map.entry(users.haidianSchool(), List.of(qiming.get(0), lexue.get(0), xinghe.get(1), zhixing.get(0))),
                Map.entry(chaoyang, List.of(lexue.get(1), xinghe.get(0), zhixing.get(1))),
                Map.entry(xicheng, List.of(lexue.get(0), qiming.get(1), xinghe.get(2), zhixing.get(2), qiming.get(2))));
        int made = 0;
        for (Map.Entry<CurrentUser, List<Seeded>> school : uses) {
            for (Seeded app : school.getValue()) {
                boolean unified = made % 2 == 0;
                usage.file(school.getKey(), new UsageFilingRequest(app.filingNumber(),
                        unified ? "全校统一选用，用于" + app.name() + "相关教学与管理" : "部分年级试用",
                        unified, false, "校长办公会", Beijing.today(clock).minusDays(10 + made)));
                made++;
            }
        }
        return made;
    }

    /** Creates the district, its school and a login for each; returns the school's user. */
    private CurrentUser district(CurrentUser city, District d, String password) {
        InstitutionView district = usage.createInstitution(city, d.name(), InstitutionKind.DISTRICT, null, d.code());
        InstitutionView school = usage.createInstitution(city, d.school(), InstitutionKind.SCHOOL, district.id(), null);
        // made by the city with a first password; the demo keeps it (README's logins) instead of asking for a new one
        identity.keepFirstPassword(usage.createInstitutionAccount(city, district.id(), d.username(), password));
        identity.keepFirstPassword(usage.createInstitutionAccount(city, school.id(), d.schoolUsername(), password));
        return identity.userOf(d.schoolUsername()).orElseThrow();
    }
}
