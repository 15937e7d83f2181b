package cn.eduapp.registry.filing;

public enum CityDecision { APPROVE, RETURN, REJECT }
