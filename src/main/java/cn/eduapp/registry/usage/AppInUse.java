package cn.eduapp.registry.usage;

/** An app a district's institutions use: how many institutions, how many chose it for unified use, how many must act. */
public record AppInUse(String filingNumber, String appName, String providerName, long institutions,
                       long unifiedSelections, long actionRequired) {
}
