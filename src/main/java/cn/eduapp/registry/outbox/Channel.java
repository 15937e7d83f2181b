package cn.eduapp.registry.outbox;

/** How a message travels. */
public enum Channel { EMAIL, SMS }
