package cn.eduapp.registry.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class FileTypesTest {

    static final byte[] PNG_END = {0, 0, 0, 0, 'I', 'E', 'N', 'D', (byte) 0xAE, 0x42, 0x60, (byte) 0x82};

    @Test
    void typesAreJudgedByTheFirstBytes() {
        assertThat(FileTypes.detect(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0})).contains("image/jpeg");
        assertThat(FileTypes.detect(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0})).contains("image/png");
        assertThat(FileTypes.detect("%PDF-1.7\n".getBytes())).contains("application/pdf");
    }

    @Test
    void aWindowsExecutableIsNoImageWhateverItsName() {
        assertThat(FileTypes.detect(new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0})).isEmpty();
        assertThat(FileTypes.detect(new byte[] {(byte) 0x89, 'P', 'N'})).isEmpty();
        assertThat(FileTypes.detect(new byte[0])).isEmpty();
    }

    @Test
    void aPolyglotIsRefusedAPlainFileIsNot() {
        byte[] png = concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, PNG_END);
        assertThat(FileTypes.polyglot(png, FileTypes.PNG)).isFalse();
        assertThat(FileTypes.polyglot(concat(png, ascii("<html><script>alert(1)</script>")), FileTypes.PNG)).isTrue();
        assertThat(FileTypes.polyglot(concat(png, new byte[] {1, 2, 3}), FileTypes.PNG)).as("data after IEND").isTrue();
        assertThat(FileTypes.polyglot(concat(png, ascii("%PDF-1.4")), FileTypes.PNG)).as("a PDF inside").isTrue();
        byte[] zipEnd = concat(ascii("PK"), new byte[] {5, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
        assertThat(FileTypes.polyglot(concat(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}, zipEnd), FileTypes.JPEG))
                .as("a JAR or APK appended").isTrue();
        assertThat(FileTypes.polyglot(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, (byte) 0xFF, (byte) 0xD9, 'x'},
                FileTypes.JPEG)).as("data after EOI").isTrue();

        byte[] pdf = ascii("%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n");
        assertThat(FileTypes.polyglot(pdf, FileTypes.PDF)).isFalse();
        assertThat(FileTypes.polyglot(concat(pdf, ascii("<!DOCTYPE html>")), FileTypes.PDF)).isTrue();
        assertThat(FileTypes.polyglot(ascii("%PDF-1.4\n<< /S /JavaScript /JS (app.alert(1)) >>\n%%EOF"), FileTypes.PDF)).isTrue();
        assertThat(FileTypes.polyglot(concat(pdf, ascii("tail")), FileTypes.PDF)).as("data after %%EOF").isTrue();
    }

    @Test
    void aDownloadIsNamedAfterTheTypeItsBytesShowed() {
        assertThat(Downloads.downloadName("C:\\tmp\\invoice.exe", FileTypes.PNG)).isEqualTo("invoice.png");
        assertThat(Downloads.downloadName(".htaccess", FileTypes.PDF)).isEqualTo("evidence.pdf");
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
