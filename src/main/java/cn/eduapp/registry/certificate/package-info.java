/**
 * 备案证明 (issue 23): for every filing with a number a PDF certificate, signed with the platform's key
 * (PAdES) and carrying a QR code of its public page, where anyone sees whether the filing is still valid
 * and the certificate's SHA-256. Issued when the number is issued (or on first request), kept as issued.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "system::*", "filing", "provider", "rules",
        "document"})
@org.jspecify.annotations.NullMarked
package cn.eduapp.registry.certificate;
