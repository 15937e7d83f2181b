package cn.eduapp.registry.identity;

/**
 * Every page session and token of an account ended at once (it was disabled, its second factor reset,
 * its password changed or its second factor turned on; then the one that did it may be kept). Caches of
 * tokens drop the account's entries on this instance.
 */
public record AccountAccessEnded(String accountId) {
}
