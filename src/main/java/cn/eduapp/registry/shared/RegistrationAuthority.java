package cn.eduapp.registry.shared;

/** The first character of a credit code: who registered the organisation. */
public enum RegistrationAuthority {
    INSTITUTIONAL_ESTABLISHMENT, CIVIL_AFFAIRS, MARKET_REGULATION, OTHER;

    public static RegistrationAuthority ofCode(char c) {
        return switch (c) {
            case '1' -> INSTITUTIONAL_ESTABLISHMENT;
            case '5' -> CIVIL_AFFAIRS;
            case '9' -> MARKET_REGULATION;
            default -> OTHER;
        };
    }
}
