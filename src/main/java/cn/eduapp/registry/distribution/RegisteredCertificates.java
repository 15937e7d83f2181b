package cn.eduapp.registry.distribution;

import java.util.Optional;
import java.util.Set;

/**
 * The signing certificates of a registered filing's inspected package, as lower-case hex SHA-256
 * digests. The inspection module implements it (it depends on distribution's API, not the other way
 * round); without an implementation, or without an inspected package, verify answers no
 * {@code signatureMatches}.
 */
public interface RegisteredCertificates {

    /** Empty when no certificate is known for the filing. */
    Optional<Set<String>> forFiling(String filingNumber);
}
