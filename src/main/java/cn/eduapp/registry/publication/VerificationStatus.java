package cn.eduapp.registry.publication;

/** What verify answers (API.md): BLACKLISTED wins; then REGISTERED, UNDER_RECTIFICATION, REVOKED. */
public enum VerificationStatus { REGISTERED, UNDER_RECTIFICATION, REVOKED, BLACKLISTED, NOT_FILED }
