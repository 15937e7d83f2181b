package cn.eduapp.registry.rules;

public enum Scope { IN_SCOPE, OUT_OF_SCOPE }
