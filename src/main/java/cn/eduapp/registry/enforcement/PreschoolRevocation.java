package cn.eduapp.registry.enforcement;

import java.util.List;

/** The result of 三(五)'s revocation: how many filings were revoked, and their numbers. */
public record PreschoolRevocation(int revoked, List<String> filingNumbers) implements java.io.Serializable {
}
