package cn.eduapp.registry.provider.internal.web;

import cn.eduapp.registry.provider.ProviderClaim;
import cn.eduapp.registry.provider.ProviderRegistration;
import java.util.Map;

/** The claim page's form (issue 21), flat for the page; the API's {@link ProviderClaim} underneath. */
public class ClaimForm {

    static final Map<String, String> FIELDS = Map.of("contact.name", "contactName", "contact.phone", "contactPhone",
            "contact.email", "contactEmail");

    private String creditCode = "";
    private String claimCode = "";
    private String contactName = "";
    private String contactPhone = "";
    private String contactEmail = "";
    private String username = "";
    private String password = "";

    ProviderClaim toClaim() {
        return new ProviderClaim(creditCode.trim(), claimCode.trim(), username.trim(), password,
                new ProviderRegistration.Contact(contactName.trim(), contactPhone.trim(),
                        contactEmail.isBlank() ? null : contactEmail.trim()));
    }

    public String getCreditCode() { return creditCode; }
    public void setCreditCode(String v) { creditCode = v == null ? "" : v; }
    public String getClaimCode() { return claimCode; }
    public void setClaimCode(String v) { claimCode = v == null ? "" : v; }
    public String getContactName() { return contactName; }
    public void setContactName(String v) { contactName = v == null ? "" : v; }
    public String getContactPhone() { return contactPhone; }
    public void setContactPhone(String v) { contactPhone = v == null ? "" : v; }
    public String getContactEmail() { return contactEmail; }
    public void setContactEmail(String v) { contactEmail = v == null ? "" : v; }
    public String getUsername() { return username; }
    public void setUsername(String v) { username = v == null ? "" : v; }
    public String getPassword() { return password; }
    public void setPassword(String v) { password = v == null ? "" : v; }
}
