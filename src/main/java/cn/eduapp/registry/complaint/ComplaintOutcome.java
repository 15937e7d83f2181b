package cn.eduapp.registry.complaint;

/** 属实, 不属实, 不属于受理范围, 已转有关部门. */
public enum ComplaintOutcome { SUBSTANTIATED, UNSUBSTANTIATED, OUT_OF_SCOPE, REFERRED }
