package cn.eduapp.registry.document;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What an uploaded file is, by its bytes: JPEG, PNG or PDF by the first bytes (a name or a declared type proves
 * nothing: an .exe renamed .png is refused), and whether it is a polyglot, a file that another program would
 * read as something else: markup a browser would run, another format's signature (a PDF header, a ZIP archive's
 * end record: a JAR or an APK appended), data after the format's end (PNG's IEND, JPEG's EOI, PDF's last %%EOF), or a
 * PDF with active content (JavaScript, launch actions, embedded files).
 */
public final class FileTypes {

    public static final String JPEG = "image/jpeg";
    public static final String PNG = "image/png";
    public static final String PDF = "application/pdf";
    /** OFD (GB/T 33190), China's fixed-layout format: a ZIP container whose root holds OFD.xml. */
    public static final String OFD = "application/ofd";

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] IEND = {'I', 'E', 'N', 'D'};
    /** Markup browsers act on, compared in lower case (long enough not to occur by chance in compressed data). */
    private static final List<String> MARKUP = List.of("<script", "<html", "<iframe", "<body", "<!doctype", "<?php",
            "<svg ", "<svg>", "<object", "<embed", "javascript:");
    /** A JavaScript action is {@code /S /JavaScript}; the others launch programs or carry files and forms. */
    private static final List<String> PDF_ACTIVE = List.of("/javascript", "/launch", "/embeddedfile", "/richmedia", "/xfa");
    /** A ZIP archive's end record lies within its last 64 KiB (the end record plus the longest comment). */
    private static final int ZIP_TAIL = 22 + 65_535;

    private FileTypes() {
    }

    /** The content type the bytes show, if it is one we accept. */
    public static Optional<String> detect(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF) {
            return Optional.of(JPEG);
        }
        if (indexOf(b, PNG_SIGNATURE, 0, PNG_SIGNATURE.length) == 0) {
            return Optional.of(PNG);
        }
        if (indexOf(b, ascii("%PDF-"), 0, 5) == 0) {
            return Optional.of(PDF);
        }
        return Optional.empty();
    }

    /**
     * Like {@link #detect(byte[])}, also OFD (issue 21: a provider's verification documents): a ZIP archive
     * starting with a local file header whose first entry is OFD.xml, as the standard lays it out.
     */
    public static Optional<String> detectDocument(byte[] b) {
        Optional<String> plain = detect(b);
        if (plain.isPresent()) {
            return plain;
        }
        if (b.length > 30 && indexOf(b, new byte[] {'P', 'K', 3, 4}, 0, 4) == 0) {
            int nameLength = (b[26] & 0xff) | (b[27] & 0xff) << 8;
            if (nameLength == 7 && b.length >= 30 + 7 && indexOf(b, ascii("OFD.xml"), 30, 37) == 30) {
                return Optional.of(OFD);
            }
        }
        return Optional.empty();
    }

    /** True when the bytes of an accepted type also carry something another program would read or run. */
    public static boolean polyglot(byte[] b, String type) {
        String text = new String(b, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        if (MARKUP.stream().anyMatch(text::contains)) {
            return true;
        }
        if (!type.equals(PDF) && text.contains("%pdf-")) {
            return true;
        }
        if (!type.equals(OFD) && indexOf(b, new byte[] {'P', 'K', 5, 6}, Math.max(0, b.length - ZIP_TAIL), b.length) >= 0) {
            return true;
        }
        return switch (type) {
            case PNG -> afterPngEnd(b);
            case JPEG -> afterJpegEnd(b);
            case OFD -> afterZipEnd(b);
            case PDF -> PDF_ACTIVE.stream().anyMatch(text::contains) || afterPdfEnd(text);
            default -> false;
        };
    }

    /** Anything after the ZIP end record and its comment, or a second end record (a file appended). */
    private static boolean afterZipEnd(byte[] b) {
        int end = lastIndexOf(b, new byte[] {'P', 'K', 5, 6});
        if (end < 0 || b.length < end + 22) {
            return true;
        }
        int comment = (b[end + 20] & 0xff) | (b[end + 21] & 0xff) << 8;
        return b.length != end + 22 + comment;
    }

    /** Bytes after the IEND chunk (its length, type and CRC), where a file has one. */
    private static boolean afterPngEnd(byte[] b) {
        int iend = lastIndexOf(b, IEND);
        return iend >= 4 && b.length > iend + 4 + 4;
    }

    /** Bytes after the last end-of-image marker, where a file has one (trailing zero padding allowed). */
    private static boolean afterJpegEnd(byte[] b) {
        int eoi = lastIndexOf(b, new byte[] {(byte) 0xFF, (byte) 0xD9});
        if (eoi < 0) {
            return false;
        }
        for (int i = eoi + 2; i < b.length; i++) {
            if (b[i] != 0) {
                return true;
            }
        }
        return false;
    }

    /** Anything but white space after the last %%EOF, where a file has one. */
    private static boolean afterPdfEnd(String text) {
        int eof = text.lastIndexOf("%%eof");
        return eof >= 0 && !text.substring(eof + 5).isBlank();
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private static int indexOf(byte[] b, byte[] pattern, int from, int to) {
        outer:
        for (int i = from; i <= Math.min(to, b.length) - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (b[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static int lastIndexOf(byte[] b, byte[] pattern) {
        int found = -1;
        for (int i = indexOf(b, pattern, 0, b.length); i >= 0; i = indexOf(b, pattern, i + 1, b.length)) {
            found = i;
        }
        return found;
    }
}
