package cn.eduapp.registry.national;

/** The status the national platform gives an app filed in another province. */
public enum NationalAppStatus {
    REGISTERED, REVOKED, CANCELLED
}
