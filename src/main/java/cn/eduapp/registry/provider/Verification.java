package cn.eduapp.registry.provider;

/** Where a provider stands with the city's check of its documents against its credit code (issue 21). */
public enum Verification {
    UNVERIFIED, PENDING, VERIFIED, REJECTED, UNCLAIMED
}
