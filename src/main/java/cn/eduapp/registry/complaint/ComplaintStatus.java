package cn.eduapp.registry.complaint;

/** A complaint is open until the agency that holds it resolves it with an outcome and feedback. */
public enum ComplaintStatus { RECEIVED, RESOLVED }
