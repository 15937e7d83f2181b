package cn.eduapp.registry.document;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a Thymeleaf template (XHTML, as openhtmltopdf parses it) to PDF. Templates name the font family
 * {@value #FONT_FAMILY} for every text: {@code templates/document/base.css} does it for those that include it.
 * The font is TrueType on purpose: openhtmltopdf embeds no CFF outlines, and a missing font fails silently
 * (every Chinese character becomes '#'), so tests read the text back.
 */
@Component
public class PdfRenderer {

    /** The CSS font-family under which the embedded CJK font is registered. */
    public static final String FONT_FAMILY = "CJK";
    static final String FONT = "fonts/NotoSansSC_400Regular.ttf";

    private final ITemplateEngine templates;

    public PdfRenderer(ITemplateEngine templates) {
        this.templates = templates;
    }

    /** The template's HTML with the model, in Chinese (the same text the PDF carries). */
    public String html(String templateName, Map<String, Object> model) {
        return templates.process(templateName, new Context(Locale.SIMPLIFIED_CHINESE, model));
    }

    /** The template rendered to a PDF document. */
    public byte[] render(String templateName, Map<String, Object> model) {
        return toPdf(html(templateName, model));
    }

    /** Well-formed XHTML to PDF, the CJK font embedded as a subset. */
    public byte[] toPdf(String xhtml) {
        var out = new ByteArrayOutputStream();
        try {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(PdfRenderer::font, FONT_FAMILY, 400, FontStyle.NORMAL, true);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static InputStream font() {
        try {
            return new ClassPathResource(FONT).getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException("the document font " + FONT + " is missing", e);
        }
    }
}
