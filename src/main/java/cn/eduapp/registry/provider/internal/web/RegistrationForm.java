package cn.eduapp.registry.provider.internal.web;

import cn.eduapp.registry.provider.ProviderRegistration;
import cn.eduapp.registry.shared.LegalPersonType;
import java.util.Map;

/** The registration page's fields, flat for the form; converted to the API's registration. */
public class RegistrationForm {

    /** API field paths → form field names, so errors land next to the right input. */
    static final Map<String, String> FIELDS = Map.of("contact.name", "contactName", "contact.phone", "contactPhone",
            "contact.email", "contactEmail", "account.username", "username", "account.password", "password");

    private String name = "";
    private String creditCode = "";
    private LegalPersonType legalPersonType = LegalPersonType.NON_PROFIT;
    private String contactName = "";
    private String contactPhone = "";
    private String contactEmail = "";
    private String username = "";
    private String password = "";

    ProviderRegistration toRegistration() {
        return new ProviderRegistration(name.trim(), creditCode.trim().toUpperCase(java.util.Locale.ROOT), legalPersonType,
                new ProviderRegistration.Contact(contactName.trim(), contactPhone.trim(),
                        contactEmail.isBlank() ? null : contactEmail.trim()),
                new ProviderRegistration.AccountPart(username.trim(), password));
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getCreditCode() { return creditCode; }
    public void setCreditCode(String creditCode) { this.creditCode = creditCode; }
    public LegalPersonType getLegalPersonType() { return legalPersonType; }
    public void setLegalPersonType(LegalPersonType legalPersonType) { this.legalPersonType = legalPersonType; }
    public String getContactName() { return contactName; }
    public void setContactName(String contactName) { this.contactName = contactName; }
    public String getContactPhone() { return contactPhone; }
    public void setContactPhone(String contactPhone) { this.contactPhone = contactPhone; }
    public String getContactEmail() { return contactEmail; }
    public void setContactEmail(String contactEmail) { this.contactEmail = contactEmail; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
}
