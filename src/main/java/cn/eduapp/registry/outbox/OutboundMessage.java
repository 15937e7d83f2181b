package cn.eduapp.registry.outbox;

import org.jspecify.annotations.Nullable;

/**
 * A message to one recipient (an email address or a phone number). {@code dedupKey} names its cause (an
 * event, a document): the same key for the same recipient and channel is enqueued once.
 */
public record OutboundMessage(Channel channel, String recipient, String subject, String body,
                              @Nullable Attachment attachment, String dedupKey) {

    /** A document sent along (a PDF), with its file name. */
    public record Attachment(String fileName, String contentType, byte[] content) {
    }

    public static OutboundMessage email(String to, String subject, String body, String dedupKey) {
        return new OutboundMessage(Channel.EMAIL, to, subject, body, null, dedupKey);
    }

    public OutboundMessage with(Attachment attachment) {
        return new OutboundMessage(channel, recipient, subject, body, attachment, dedupKey);
    }
}
