package cn.eduapp.registry.complaint.internal.web;

import cn.eduapp.registry.complaint.ComplaintCategory;
import cn.eduapp.registry.complaint.ComplaintSubmission;
import cn.eduapp.registry.system.web.ApiProblem;
import cn.eduapp.registry.system.web.Messages;
import org.jspecify.annotations.Nullable;

/** The intake as form fields (the page, and the API's multipart variant). */
public class ComplaintForm {

    private @Nullable String category;
    private @Nullable String appName;
    private @Nullable String identifier;
    private @Nullable String description;
    private @Nullable String contactName;
    private @Nullable String contactPhone;
    private @Nullable String contactEmail;

    ComplaintSubmission toSubmission(Messages messages) {
        ComplaintCategory c = null;
        if (category != null && !category.isBlank()) {
            try {
                c = ComplaintCategory.valueOf(category.trim());
            } catch (IllegalArgumentException e) {
                throw ApiProblem.badField("category", "INVALID_VALUE", messages.get("problem.invalidField", "category"));
            }
        }
        ComplaintSubmission.Contact contact = new ComplaintSubmission.Contact(blank(contactName), blank(contactPhone),
                blank(contactEmail));
        return new ComplaintSubmission(c, appName, blank(identifier), description, contact.isEmpty() ? null : contact);
    }

    private static @Nullable String blank(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public @Nullable String getCategory() { return category; }
    public void setCategory(@Nullable String category) { this.category = category; }
    public @Nullable String getAppName() { return appName; }
    public void setAppName(@Nullable String appName) { this.appName = appName; }
    public @Nullable String getIdentifier() { return identifier; }
    public void setIdentifier(@Nullable String identifier) { this.identifier = identifier; }
    public @Nullable String getDescription() { return description; }
    public void setDescription(@Nullable String description) { this.description = description; }
    public @Nullable String getContactName() { return contactName; }
    public void setContactName(@Nullable String contactName) { this.contactName = contactName; }
    public @Nullable String getContactPhone() { return contactPhone; }
    public void setContactPhone(@Nullable String contactPhone) { this.contactPhone = contactPhone; }
    /** Only so that evidence refusals can be shown next to the file field; files are not bound here. */
    public @Nullable Object getEvidence() { return null; }
    public @Nullable String getContactEmail() { return contactEmail; }
    public void setContactEmail(@Nullable String contactEmail) { this.contactEmail = contactEmail; }
}
