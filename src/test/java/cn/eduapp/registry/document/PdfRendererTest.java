package cn.eduapp.registry.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** A template renders to a PDF whose Chinese text, number and date come back exactly, with the font embedded. */
class PdfRendererTest {

    static PdfRenderer renderer() {
        var resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setCharacterEncoding("UTF-8");
        var engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        return new PdfRenderer(engine);
    }

    @Test
    void chineseTextNumberAndDateReadBack() throws IOException {
        byte[] pdf = renderer().render("document/renderer-sample", Map.of(
                "title", "限期整改通知书",
                "number", "京教监整〔2026〕12号",
                "body", "你单位可在收到本决定之日起六十日内依法申请行政复议，或者在六个月内依法提起行政诉讼。",
                "date", "2026年10月9日"));

        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertThat(text).contains("限期整改通知书", "京教监整〔2026〕12号", "六十日内依法申请行政复议",
                    "六个月内依法提起行政诉讼", "2026年10月9日", "第1页共1页");
            assertThat(text).doesNotContain("#");
            var page = document.getPage(0);
            for (var name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
            }
        }
    }
}
