package cn.eduapp.registry.complaint;

/** An uploaded evidence file as it arrived; its type is judged by its content, never by its name. */
public record EvidenceFile(String fileName, byte[] content) {
}
