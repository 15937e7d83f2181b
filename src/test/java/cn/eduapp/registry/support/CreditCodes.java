package cn.eduapp.registry.support;

import java.util.concurrent.ThreadLocalRandom;

/** Generates valid 统一社会信用代码 (both check characters computed), for fixtures that need many. */
public final class CreditCodes {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int[] ORG_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    private CreditCodes() {
    }

    /** {@code authorityAndKind} e.g. "91" (enterprise) or "52" (民办非企业); region e.g. "110108". */
    public static String generate(String authorityAndKind, String region) {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        StringBuilder org = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            org.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
        }
        return complete(authorityAndKind + region + org);
    }

    /** Adds the organisation-code check (17th) and the code check (18th) to 16 characters. */
    public static String complete(String first16) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            char c = first16.charAt(8 + i);
            sum += (Character.isDigit(c) ? c - '0' : c - 'A' + 10) * ORG_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        String withOrg = first16 + (check == 10 ? "X" : check == 11 ? "0" : String.valueOf(check));
        int total = 0;
        for (int i = 0; i < 17; i++) {
            total += ALPHABET.indexOf(withOrg.charAt(i)) * WEIGHTS[i];
        }
        return withOrg + ALPHABET.charAt((31 - total % 31) % 31);
    }

    /** The same code with a check character that is wrong for it (a malformed code, whatever the right one was). */
    public static String withWrongCheck(String code) {
        char right = code.charAt(17);
        return code.substring(0, 17) + (right == 'X' ? 'Y' : 'X');
    }
}
