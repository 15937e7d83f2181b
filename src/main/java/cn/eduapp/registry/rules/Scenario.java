package cn.eduapp.registry.rules;

public enum Scenario { TEACHING, SCHOOL_MANAGEMENT, STUDENT_LEARNING, STUDENT_LIFE, HOME_SCHOOL, OTHER }
