package cn.eduapp.registry.enforcement;

/** NOTICE_SERVED (事先告知书 served, the statement period running) → STATEMENT_RECEIVED → DECIDED. */
public enum CaseStatus { NOTICE_SERVED, STATEMENT_RECEIVED, DECIDED }
