package cn.eduapp.registry.enforcement;

/** Why a case was opened: the order's deadline passed (OVERDUE), or the city found 拒不整改 (REFUSAL). */
public enum CaseGround { OVERDUE, REFUSAL }
