package cn.eduapp.registry.outbox;

/**
 * The port a channel's messages leave through: SMTP for email, a logging adapter for SMS until a gateway
 * is chosen (a bean of this type for {@link Channel#SMS} replaces it). {@link #deliver} throws when the
 * message did not go; the sender then tries again later.
 */
public interface MessageGateway {

    Channel channel();

    /** False when the channel is not configured (no mail server): messages wait in the outbox. */
    boolean available();

    void deliver(Delivery message) throws Exception;

    /** A message claimed for delivery; {@code messageId} is stable across attempts so receivers can drop a repeat. */
    record Delivery(String id, Channel channel, String messageId, String recipient, String subject, String body,
                    OutboundMessage.@org.jspecify.annotations.Nullable Attachment attachment) {
    }
}
