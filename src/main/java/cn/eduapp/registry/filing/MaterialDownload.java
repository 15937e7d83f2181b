package cn.eduapp.registry.filing;

/** A filing's document handed back: {@code inline} only for agencies' reviewers (a PDF or an image by its bytes). */
public record MaterialDownload(String fileName, String contentType, byte[] content, boolean inline) {
}
