package cn.eduapp.registry.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HexFormat;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateException;

/** Checks a signed PDF: the last signature covers the whole file but its own value, and verifies. */
public final class PdfSignatures {

    private PdfSignatures() {
    }

    /** {@code valid} only when the signature verifies and its byte range covers the whole file. */
    public record Verification(boolean valid, String subFilter, String signer, String reason) {
    }

    public static Verification verify(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<PDSignature> signatures = doc.getSignatureDictionaries();
            if (signatures.isEmpty()) {
                return new Verification(false, "", "", "");
            }
            PDSignature s = signatures.get(signatures.size() - 1);
            int[] range = s.getByteRange();
            boolean wholeFile = range.length == 4 && range[0] == 0 && (long) range[2] + range[3] == pdf.length;
            byte[] signed = s.getSignedContent(pdf);
            // the InputStream constructor: /Contents is zero-padded, which the byte[] one refuses
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signed), new ByteArrayInputStream(s.getContents(pdf)));
            SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
            @SuppressWarnings("unchecked")
            X509CertificateHolder cert = (X509CertificateHolder) cms.getCertificates().getMatches(signer.getSID()).iterator().next();
            boolean ok;
            try {
                ok = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(cert));
            } catch (CMSException e) {
                ok = false; // a changed byte: CMSSignerDigestMismatchException
            }
            return new Verification(ok && wholeFile, s.getSubFilter(), cert.getSubject().toString(),
                    s.getReason() == null ? "" : s.getReason());
        } catch (IOException | CMSException | OperatorCreationException | CertificateException e) {
            return new Verification(false, "", "", e.toString());
        }
    }

    /** Lower-case hex SHA-256 of the bytes: what the public page shows beside a certificate. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
