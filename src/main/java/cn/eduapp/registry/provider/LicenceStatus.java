package cn.eduapp.registry.provider;

/** A licence counts only when valid on the day (validFrom ≤ day ≤ validUntil) and not withdrawn. */
public enum LicenceStatus { VALID, NOT_YET_VALID, EXPIRED, WITHDRAWN }
