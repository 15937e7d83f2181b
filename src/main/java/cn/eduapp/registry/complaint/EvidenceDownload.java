package cn.eduapp.registry.complaint;

/** A stored evidence file, for the staff of the agency holding the complaint. */
public record EvidenceDownload(String id, String fileName, String contentType, long size, byte[] content) {
}
