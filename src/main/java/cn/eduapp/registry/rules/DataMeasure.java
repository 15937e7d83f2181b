package cn.eduapp.registry.rules;

/** The stages of personal-information handling a data-protection mechanism must cover (5号 三). */
public enum DataMeasure { COLLECTION, STORAGE, TRANSMISSION, USE }
