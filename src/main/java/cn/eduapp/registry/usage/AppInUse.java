package cn.eduapp.registry.usage;

/**
 * An app a district's institutions use: how many institutions, how many chose it for unified use, how many must act,
 * and how many chose it for unified use although its declaration says it charges fees (京教信〔2022〕5号 二（三）).
 */
public record AppInUse(String filingNumber, String appName, String providerName, long institutions,
                       long unifiedSelections, long actionRequired, long unifiedWithFees) {
}
