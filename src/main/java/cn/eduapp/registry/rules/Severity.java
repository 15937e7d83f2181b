package cn.eduapp.registry.rules;

/** BLOCKING stops submission; WARNING and INFO inform the reviewer. */
public enum Severity { BLOCKING, WARNING, INFO }
