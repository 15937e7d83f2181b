package cn.eduapp.registry.shared;

/** Who did something, as the audit trail and histories record it. */
public record Actor(String username, String organisationId) {

    public static final Actor SYSTEM = new Actor("system", "");

    public static Actor anonymous(String clientAddress) {
        return new Actor("anonymous@" + clientAddress, "");
    }
}
