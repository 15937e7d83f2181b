package cn.eduapp.registry.complaint.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CodesTest {

    @Test
    void trackingNumbersCarryTheDayAndAvoidLookalikeCharacters() {
        assertThat(Codes.trackingNumber(LocalDate.of(2026, 11, 28))).matches("^TS20261128-[2-9A-HJ-NP-Z]{6}$");
    }

    @Test
    void accessCodesMatchOnlyTheirHashWhateverTheCaseOrSeparators() {
        String code = Codes.accessCode();
        assertThat(code).hasSize(12);
        String hash = Codes.hash(code);
        assertThat(hash).doesNotContain(code);
        assertThat(Codes.matches(code.toLowerCase(), hash)).isTrue();
        assertThat(Codes.matches(code.substring(0, 4) + "-" + code.substring(4), hash)).isTrue();
        assertThat(Codes.matches(Codes.accessCode(), hash)).isFalse();
    }
}
