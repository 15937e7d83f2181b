package cn.eduapp.registry.distribution.internal.domain;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;

/** Generated credentials for app-store accounts (machine clients: nobody types them). */
public final class GeneratedPasswords {

    private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String LOWER = "abcdefghijkmnopqrstuvwxyz";
    private static final String DIGITS = "23456789";
    private static final String SYMBOLS = "!#%+-=?@_";

    private final SecureRandom random = new SecureRandom();

    /** {@code appstore-} and eight random lower-case letters and digits. */
    public String username() {
        return "appstore-" + randomText(LOWER + DIGITS, 8);
    }

    /** 20 random characters with all four classes, until the policy accepts one (DOMAIN.md: with a wide margin). */
    public String password(Predicate<String> acceptable) {
        while (true) {
            List<Character> chars = new ArrayList<>();
            for (String cls : List.of(UPPER, LOWER, DIGITS, SYMBOLS)) {
                chars.add(cls.charAt(random.nextInt(cls.length())));
            }
            String all = UPPER + LOWER + DIGITS + SYMBOLS;
            while (chars.size() < 20) {
                chars.add(all.charAt(random.nextInt(all.length())));
            }
            Collections.shuffle(chars, random);
            StringBuilder sb = new StringBuilder();
            chars.forEach(sb::append);
            String password = sb.toString();
            if (acceptable.test(password)) {
                return password;
            }
        }
    }

    private String randomText(String alphabet, int length) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }
}
