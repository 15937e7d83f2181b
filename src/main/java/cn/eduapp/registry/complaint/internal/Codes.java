package cn.eduapp.registry.complaint.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Tracking numbers (TS20261128-7KQ2MX: readable over the phone, no 0/O or 1/I) and access codes
 * (12 random characters of the same alphabet, about 60 bits; stored only as their SHA-256, which is
 * enough for a random secret whose guessing is also throttled).
 */
public final class Codes {

    static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private Codes() {
    }

    public static String trackingNumber(LocalDate day) {
        return "TS" + day.format(DAY) + "-" + random(6);
    }

    public static String accessCode() {
        return random(12);
    }

    /** What people type: case and separators do not matter. */
    public static String normalise(String code) {
        return code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    public static String hash(String accessCode) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(normalise(accessCode).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static boolean matches(String accessCode, String storedHash) {
        return MessageDigest.isEqual(hash(accessCode).getBytes(StandardCharsets.US_ASCII),
                storedHash.getBytes(StandardCharsets.US_ASCII));
    }

    private static String random(int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
