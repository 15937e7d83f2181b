package cn.eduapp.registry.complaint;

/** Too many wrong access codes for one tracking number: answer 429 with Retry-After. */
public class TooManyAttempts extends RuntimeException {

    private final long retryAfterSeconds;

    public TooManyAttempts(long retryAfterSeconds) {
        super("too many attempts", null, false, false);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
