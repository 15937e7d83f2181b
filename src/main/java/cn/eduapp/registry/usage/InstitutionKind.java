package cn.eduapp.registry.usage;

/** 区教委, 学校, 市属单位 (directly under the city commission). */
public enum InstitutionKind { DISTRICT, SCHOOL, DIRECT_UNIT }
