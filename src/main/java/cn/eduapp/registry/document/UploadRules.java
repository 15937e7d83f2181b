package cn.eduapp.registry.document;

/**
 * How one kind of upload is named in refusals: the form field, the error codes' prefix ({@code EVIDENCE} gives
 * {@code EVIDENCE_TOO_MANY}, {@code _TOO_LARGE}, {@code _TYPE}, {@code _POLYGLOT}) and the owning module's message
 * keys' prefix ({@code complaint.evidence} gives {@code .tooMany}, {@code .tooLarge}, {@code .type},
 * {@code .polyglot}, {@code .refused}).
 */
public record UploadRules(String field, String codePrefix, String messagePrefix) {
}
