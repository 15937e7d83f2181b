package cn.eduapp.registry.audit.internal.web;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The audit page's summaries in words: a summary is stored as written when the decision was taken (it is
 * part of the hash chain and never rewritten), so codes inside it (a status, a category, a role) are named
 * in Chinese when shown, from the same message bundle the other pages use.
 * Templates call it as {@code ${@auditTexts.readable(e.summary)}}.
 */
@Component("auditTexts")
class AuditTexts {

    private static final Pattern CODE = Pattern.compile("(?<![A-Za-z0-9])[A-Z][A-Z_]{3,}(?![A-Za-z0-9])");
    /** Where a code's name is looked up, first hit wins (a filing status before a revision's). */
    private static final List<String> KINDS = List.of("filing.status.", "complaint.category.", "complaint.agency.",
            "role.", "licenceType.", "institution.kind.", "enforcement.notice.action.", "enforcement.icp.kind.",
            "sdkCategory.", "audit.action.");

    private final MessageSource messages;

    AuditTexts(MessageSource messages) {
        this.messages = messages;
    }

    public String readable(String summary) {
        if (summary == null) {
            return "";
        }
        Matcher m = CODE.matcher(summary);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(name(m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String name(String code) {
        for (String kind : KINDS) {
            try {
                return messages.getMessage(kind + code, null, LocaleContextHolder.getLocale());
            } catch (NoSuchMessageException notThisKind) {
                // try the next kind
            }
        }
        return code;
    }
}
