package cn.eduapp.registry.shared;

/** Who did something, as the audit trail and histories record it. */
public record Actor(String username, String organisationId) {

    public static final Actor SYSTEM = new Actor("system", "");

    /** The national platform (全国教育移动互联网应用程序备案管理平台) deciding the national step (issue 22, http mode). */
    public static final Actor NATIONAL_PLATFORM = new Actor("national-platform", "");

    public static Actor anonymous(String clientAddress) {
        return new Actor("anonymous@" + clientAddress, "");
    }
}
