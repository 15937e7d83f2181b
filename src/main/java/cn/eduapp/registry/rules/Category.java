package cn.eduapp.registry.rules;

/** 学科培训类 (中小学学科) or 非学科培训类 (5号 二(二)). */
public enum Category { SUBJECT_TRAINING, NON_SUBJECT_TRAINING }
