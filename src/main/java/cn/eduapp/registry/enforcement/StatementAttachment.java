package cn.eduapp.registry.enforcement;

/** A file attached to the provider's statement (陈述申辩): JPEG, PNG or PDF by content; {@code url} downloads it. */
public record StatementAttachment(String id, String fileName, String contentType, long size, String sha256, String url) {
}
