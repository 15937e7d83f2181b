package cn.eduapp.registry.shared;

import java.util.Optional;

/**
 * 统一社会信用代码 (GB 32100-2015), validated with both check characters: the organisation code's own
 * (GB 11714, position 17) and the whole code's (position 18).
 */
public record CreditCode(String value) {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int[] ORG_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    /** Why a text is not a credit code; each maps to a Chinese message key {@code creditCode.<name>}. */
    public enum Problem { LENGTH, CHARACTER, ORGANISATION_CHECK, CHECK }

    public CreditCode {
        Optional<Problem> problem = problem(value);
        if (problem.isPresent()) {
            throw new IllegalArgumentException("invalid credit code: " + problem.get());
        }
    }

    public static Optional<Problem> problem(String text) {
        if (text == null || text.length() != 18) {
            return Optional.of(Problem.LENGTH);
        }
        int sum = 0;
        for (int i = 0; i < 18; i++) {
            int v = ALPHABET.indexOf(text.charAt(i));
            if (v < 0) {
                return Optional.of(Problem.CHARACTER);
            }
            if (i < 17) {
                sum += v * WEIGHTS[i];
            }
        }
        if (!organisationCodeValid(text.substring(8, 17))) {
            return Optional.of(Problem.ORGANISATION_CHECK);
        }
        int check = (31 - sum % 31) % 31;
        return ALPHABET.charAt(check) == text.charAt(17) ? Optional.empty() : Optional.of(Problem.CHECK);
    }

    /** GB 11714: digits count as themselves, letters A=10 … Z=35; check 11 − (Σ mod 11), 10 → X, 11 → 0. */
    static boolean organisationCodeValid(String code) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            char c = code.charAt(i);
            int v = Character.isDigit(c) ? c - '0' : c - 'A' + 10;
            sum += v * ORG_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        char expected = check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
        return code.charAt(8) == expected;
    }

    public static CreditCode of(String text) {
        return new CreditCode(text);
    }

    public RegistrationAuthority registrationAuthority() {
        return RegistrationAuthority.ofCode(value.charAt(0));
    }

    /** The 6-digit administrative division (GB/T 2260), e.g. {@code 110108}. */
    public String region() {
        return value.substring(2, 8);
    }

    /** 单位属地备案: Beijing files organisations whose division starts with {@code 11}. */
    public boolean registeredInBeijing() {
        return value.startsWith("11", 2);
    }

    @Override
    public String toString() {
        return value;
    }
}
