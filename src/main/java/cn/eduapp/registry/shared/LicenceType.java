package cn.eduapp.registry.shared;

/** 办学许可证, 中小学线上学科培训许可, 民政登记证书. */
public enum LicenceType { SCHOOL_RUNNING_LICENCE, ONLINE_SUBJECT_TRAINING_PERMIT, CIVIL_AFFAIRS_REGISTRATION }
