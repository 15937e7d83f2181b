package cn.eduapp.registry.national;

import java.time.Instant;

/**
 * An app filed in another province that the mirror knew as registered is now revoked or cancelled there (the
 * national platform's change, seen by the sync). Beijing's institutions using it hear of it as they do of a
 * Beijing filing revoked or cancelled.
 */
public record NationalAppWithdrawn(String filingNumber, String appName, String province, NationalAppStatus status,
                                   Instant changedAt) {
}
