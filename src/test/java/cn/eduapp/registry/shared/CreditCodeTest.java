package cn.eduapp.registry.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CreditCodeTest {

    @Test
    void acceptsRealCodes() {
        assertThat(CreditCode.problem("91110108MA01XJ3K2A")).isEmpty();
        assertThat(CreditCode.problem("9144030071526726XG")).isEmpty();
    }

    @Test
    void derivesAuthorityAndRegion() {
        CreditCode code = CreditCode.of("91110108MA01XJ3K2A");
        assertThat(code.registrationAuthority()).isEqualTo(RegistrationAuthority.MARKET_REGULATION);
        assertThat(code.region()).isEqualTo("110108");
        assertThat(code.registeredInBeijing()).isTrue();
        assertThat(CreditCode.of("9144030071526726XG").registeredInBeijing()).isFalse();
        assertThat(RegistrationAuthority.ofCode('5')).isEqualTo(RegistrationAuthority.CIVIL_AFFAIRS);
        assertThat(RegistrationAuthority.ofCode('1')).isEqualTo(RegistrationAuthority.INSTITUTIONAL_ESTABLISHMENT);
        assertThat(RegistrationAuthority.ofCode('7')).isEqualTo(RegistrationAuthority.OTHER);
    }

    @Test
    void refusesAWrongCheckCharacter() {
        assertThat(CreditCode.problem("91110108MA01XJ3K2B")).contains(CreditCode.Problem.CHECK);
    }

    @Test
    void refusesAWrongOrganisationCodeCheckCharacter() {
        // position 17 changed from 2 to 3 and position 18 recomputed, so only the organisation check fails
        String withBadOrgCheck = recomputeLast("91110108MA01XJ3K3");
        assertThat(CreditCode.problem(withBadOrgCheck)).contains(CreditCode.Problem.ORGANISATION_CHECK);
    }

    @Test
    void refusesCharactersOutsideTheSet() {
        assertThat(CreditCode.problem("91110108MA01XJ3KIA")).contains(CreditCode.Problem.CHARACTER);
        assertThat(CreditCode.problem("91110108ma01xj3k2a")).contains(CreditCode.Problem.CHARACTER);
    }

    @Test
    void refusesWrongLength() {
        assertThat(CreditCode.problem("91110108MA01XJ3K2")).contains(CreditCode.Problem.LENGTH);
        assertThat(CreditCode.problem("91110108MA01XJ3K2AA")).contains(CreditCode.Problem.LENGTH);
        assertThat(CreditCode.problem(null)).contains(CreditCode.Problem.LENGTH);
        assertThatThrownBy(() -> CreditCode.of("123")).isInstanceOf(IllegalArgumentException.class);
    }

    private static String recomputeLast(String first17) {
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        int[] w = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += alphabet.indexOf(first17.charAt(i)) * w[i];
        }
        return first17 + alphabet.charAt((31 - sum % 31) % 31);
    }
}
