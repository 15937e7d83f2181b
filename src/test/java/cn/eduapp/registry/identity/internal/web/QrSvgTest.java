package cn.eduapp.registry.identity.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class QrSvgTest {

    private static final int SCALE = 4;

    /** Draws the SVG's unit squares into pixels and reads them back with a QR reader. */
    private static String decode(String svg) throws Exception {
        int size = Integer.parseInt(matchOne("viewBox=\"0 0 (\\d+) \\d+\"", svg));
        int[] pixels = new int[size * SCALE * size * SCALE];
        java.util.Arrays.fill(pixels, 0xFFFFFF);
        Matcher m = Pattern.compile("M(\\d+) (\\d+)h1v1h-1z").matcher(svg);
        while (m.find()) {
            int x = Integer.parseInt(m.group(1));
            int y = Integer.parseInt(m.group(2));
            for (int dy = 0; dy < SCALE; dy++) {
                for (int dx = 0; dx < SCALE; dx++) {
                    pixels[(y * SCALE + dy) * size * SCALE + x * SCALE + dx] = 0;
                }
            }
        }
        RGBLuminanceSource source = new RGBLuminanceSource(size * SCALE, size * SCALE, pixels);
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source))).getText();
    }

    private static String matchOne(String regex, String text) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    @Test
    void theSvgReadsBackAsTheUriWithItsChineseIssuer() throws Exception {
        String uri = "otpauth://totp/%E5%8C%97%E4%BA%AC:city-01?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=北京&period=30";
        String svg = QrSvg.of(uri, "二维码 \"<x>\"");
        assertThat(decode(svg)).isEqualTo(uri);
        assertThat(svg).startsWith("<svg ").contains("aria-label=\"二维码 &quot;&lt;x&gt;&quot;\"").doesNotContain("<x>");
    }
}
