package cn.eduapp.registry.enforcement;

/** A reviewer's decision: revoke and list, no action (the order closed), or a new deadline. */
public enum CaseOutcome { REVOKE, NO_ACTION, EXTEND }
