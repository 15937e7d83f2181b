package cn.eduapp.registry.rules;

/** Subjects a filing may declare; which of them are 学科 (the list S) is rule-set data, not code. */
public enum Subject {
    MORALITY_AND_LAW, CHINESE, HISTORY, GEOGRAPHY, MATHEMATICS, ENGLISH, JAPANESE, RUSSIAN, PHYSICS, CHEMISTRY,
    BIOLOGY, PHYSICAL_EDUCATION, ARTS, MUSIC, FINE_ARTS, COMPREHENSIVE_PRACTICE, INFORMATION_TECHNOLOGY,
    LABOUR_AND_TECHNOLOGY, OTHER
}
