package cn.eduapp.registry.provider;

import java.time.Instant;

/** A claim code as issued: shown this once, only its hash is kept. */
public record IssuedClaimCode(String code, Instant expiresAt) {
}
