package cn.eduapp.registry.provider;

/**
 * How a licence stopped counting before its end (docs/glossary.md): 撤销 by the issuing authority (RESCINDED),
 * 吊销 as a penalty (REVOKED), 注销 (CANCELLED). Three values, never one word for all.
 */
public enum LicenceWithdrawal { RESCINDED, REVOKED, CANCELLED }
