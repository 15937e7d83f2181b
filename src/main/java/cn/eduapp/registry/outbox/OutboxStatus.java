package cn.eduapp.registry.outbox;

/** 待发送, being sent by one instance, 已发送, 失败 (attempts exhausted; the last error is kept). */
public enum OutboxStatus { PENDING, SENDING, SENT, FAILED }
