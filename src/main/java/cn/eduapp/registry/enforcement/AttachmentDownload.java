package cn.eduapp.registry.enforcement;

/** A statement attachment's bytes with the type they showed when stored, for an authorised download. */
public record AttachmentDownload(String fileName, String contentType, byte[] content) {
}
