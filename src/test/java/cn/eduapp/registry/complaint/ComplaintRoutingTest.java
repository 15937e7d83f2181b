package cn.eduapp.registry.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import cn.eduapp.registry.shared.Role;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ComplaintRoutingTest {

    @Test
    void icpMattersGoToTheCaAppStoreListingsToTheCacEverythingElseToTheEducationCommission() {
        for (ComplaintCategory c : ComplaintCategory.values()) {
            Agency expected = switch (c) {
                case ICP_FILING -> Agency.CA;
                case APP_STORE_LISTING -> Agency.CAC;
                default -> Agency.EDUCATION_COMMISSION;
            };
            assertThat(c.agency()).as(c.name()).isEqualTo(expected);
        }
        assertThat(EnumSet.allOf(ComplaintCategory.class)).hasSize(11);
    }

    @Test
    void theCallersAgencyComesFromItsRole() {
        assertThat(Agency.of(Set.of(Role.CITY_REVIEWER))).contains(Agency.EDUCATION_COMMISSION);
        assertThat(Agency.of(Set.of(Role.CA_OFFICER))).contains(Agency.CA);
        assertThat(Agency.of(Set.of(Role.CAC_OFFICER))).contains(Agency.CAC);
        assertThat(Agency.of(Set.of(Role.MOE_REVIEWER))).isEmpty();
        assertThat(Agency.of(Set.of(Role.PROVIDER))).isEmpty();
    }
}
