package cn.eduapp.registry.support;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.security.InvalidKeyException;
import java.time.Duration;
import java.time.Instant;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/** What an authenticator app shows for a Base32 secret at a moment (tests compute codes as a phone would). */
public final class TotpCodes {

    private TotpCodes() {
    }

    public static String at(String secret, Instant at) {
        try {
            TimeBasedOneTimePasswordGenerator totp = new TimeBasedOneTimePasswordGenerator(Duration.ofSeconds(30), 6);
            return totp.generateOneTimePasswordString(new SecretKeySpec(new Base32().decode(secret), totp.getAlgorithm()), at);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Moves the clock two seconds into the next 30-second step: codes stay those of "now" until it moves again. */
    public static void startOfAStep(MutableClock clock) {
        long next = clock.instant().getEpochSecond() / 30 + 1;
        clock.setInstant(Instant.ofEpochSecond(next * 30 + 2));
    }
}
