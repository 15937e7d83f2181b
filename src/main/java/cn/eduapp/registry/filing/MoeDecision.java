package cn.eduapp.registry.filing;

public enum MoeDecision { REGISTER, REJECT }
