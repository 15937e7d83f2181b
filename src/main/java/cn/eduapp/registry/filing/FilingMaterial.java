package cn.eduapp.registry.filing;

import cn.eduapp.registry.rules.MaterialKind;
import java.time.Instant;

/** A document of a filing as listed: its kind (and the kind's Chinese name), the file and its SHA-256. */
public record FilingMaterial(String id, MaterialKind kind, String kindLabel, String fileName, String contentType, long size,
                             String sha256, Instant uploadedAt, String href) {
}
