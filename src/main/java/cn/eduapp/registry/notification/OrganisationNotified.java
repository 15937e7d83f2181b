package cn.eduapp.registry.notification;

import org.jspecify.annotations.Nullable;

/**
 * A new message reached an organisation's inbox (published in the delivering transaction, once per
 * organisation and cause); the outbox sends it on by email to the organisation's contact.
 */
public record OrganisationNotified(String organisationId, String kind, String message, @Nullable String filingNumber,
                                   String dedupKey) {
}
