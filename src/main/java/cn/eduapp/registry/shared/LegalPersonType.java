package cn.eduapp.registry.shared;

/** 营利法人, 非营利法人, 特别法人. */
public enum LegalPersonType { FOR_PROFIT, NON_PROFIT, SPECIAL }
