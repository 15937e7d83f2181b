package cn.eduapp.registry.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SecondFactorServiceTest {

    /** RFC 6238 appendix B's SHA-1 seed, "12345678901234567890", in Base32. */
    private static final String RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    private static long stepOf(long epochSecond) {
        return epochSecond / 30;
    }

    @Test
    void codesAreTheLastSixDigitsOfRfc6238sTestVectors() {
        assertThat(SecondFactorService.code(RFC_SECRET, stepOf(59))).isEqualTo("287082");
        assertThat(SecondFactorService.code(RFC_SECRET, stepOf(1111111109))).isEqualTo("081804");
        assertThat(SecondFactorService.code(RFC_SECRET, stepOf(1111111111))).isEqualTo("050471");
        assertThat(SecondFactorService.code(RFC_SECRET, stepOf(1234567890))).isEqualTo("005924");
        assertThat(SecondFactorService.code(RFC_SECRET, stepOf(2000000000))).isEqualTo("279037");
    }

    @Test
    void aCodeIsGoodForTheStepBeforeTheCurrentOneAndTheOneAfterNotFurther() {
        Instant now = Instant.ofEpochSecond(1111111111);
        long current = stepOf(now.getEpochSecond());
        for (long s = current - 1; s <= current + 1; s++) {
            assertThat(SecondFactorService.step(RFC_SECRET, SecondFactorService.code(RFC_SECRET, s), now, null)).contains(s);
        }
        assertThat(SecondFactorService.step(RFC_SECRET, SecondFactorService.code(RFC_SECRET, current - 2), now, null)).isEmpty();
        assertThat(SecondFactorService.step(RFC_SECRET, SecondFactorService.code(RFC_SECRET, current + 2), now, null)).isEmpty();
    }

    @Test
    void aStepUsedAlreadyOrAnEarlierOneIsRefused() {
        Instant now = Instant.ofEpochSecond(1111111111);
        long current = stepOf(now.getEpochSecond());
        String code = SecondFactorService.code(RFC_SECRET, current);
        assertThat(SecondFactorService.step(RFC_SECRET, code, now, current - 1)).contains(current);
        assertThat(SecondFactorService.step(RFC_SECRET, code, now, current)).isEmpty();
        assertThat(SecondFactorService.step(RFC_SECRET, SecondFactorService.code(RFC_SECRET, current + 1), now, current))
                .contains(current + 1);
    }

    @Test
    void spacesAreIgnoredAndAnythingButSixDigitsIsRefused() {
        Instant now = Instant.ofEpochSecond(59);
        assertThat(SecondFactorService.step(RFC_SECRET, "287 082", now, null)).isPresent();
        assertThat(SecondFactorService.step(RFC_SECRET, " 287082 ", now, null)).isPresent();
        assertThat(SecondFactorService.step(RFC_SECRET, "94287082", now, null)).isEmpty();
        assertThat(SecondFactorService.step(RFC_SECRET, "28708", now, null)).isEmpty();
        assertThat(SecondFactorService.step(RFC_SECRET, "28708a", now, null)).isEmpty();
        assertThat(SecondFactorService.step(RFC_SECRET, "", now, null)).isEmpty();
        assertThat(SecondFactorService.step(RFC_SECRET, null, now, null)).isEmpty();
    }

    @Test
    void theUriIsWhatAuthenticatorAppsRead() {
        assertThat(SecondFactorService.uri("city-01", "ABC234"))
                .isEqualTo("otpauth://totp/%E5%8C%97%E4%BA%AC%E6%95%99%E8%82%B2%E7%A7%BB%E5%8A%A8%E5%BA%94%E7%94%A8%E5%A4%87%E6%A1%88"
                        + ":city-01?secret=ABC234&issuer=%E5%8C%97%E4%BA%AC%E6%95%99%E8%82%B2%E7%A7%BB%E5%8A%A8%E5%BA%94%E7%94%A8%E5%A4%87%E6%A1%88"
                        + "&algorithm=SHA1&digits=6&period=30");
    }
}
