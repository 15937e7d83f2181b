package cn.eduapp.registry.publication.internal;

import cn.eduapp.registry.publication.internal.persistence.PublicQueries;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The change feed as Atom: one entry per change of the lists, linked to the public log entry behind it. */
@Component
public class AtomFeed {

    /** Characters XML 1.0 cannot carry; a name holding one must not break the feed. */
    private static final Pattern NOT_XML = Pattern.compile("[^\\x09\\x0A\\x0D\\x20-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]");

    /** {@code logIndex}: per change, the index of the transparency-log entry behind it (null if none). */
    public String atom(List<PublicQueries.Change> changes, List<@Nullable Long> logIndex, Instant updated, String baseUrl) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setTitle("北京市教育移动应用公示名单变更");
        feed.setDescription("教育移动应用白名单、黑名单的每一项变更（京教信〔2022〕5号 五）");
        feed.setLink(baseUrl + "/public/whitelist");
        feed.setUri("urn:eduapp-registry:public-changes");
        feed.setAuthor("北京市教育委员会");
        feed.setLanguage("zh-CN");
        feed.setPublishedDate(Date.from(changes.isEmpty() ? updated : changes.get(0).at()));
        List<SyndEntry> entries = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            PublicQueries.Change c = changes.get(i);
            Long index = logIndex.get(i);
            SyndEntry e = new SyndEntryImpl();
            e.setUri("urn:eduapp-registry:public-change:" + c.id());
            e.setTitle(xml(title(c)));
            e.setLink(c.filingNumber() != null
                    ? baseUrl + "/public/filings/" + URLEncoder.encode(c.filingNumber(), StandardCharsets.UTF_8).replace("+", "%20")
                    : baseUrl + "/public/blacklist");
            e.setPublishedDate(Date.from(c.at()));
            e.setUpdatedDate(Date.from(c.at()));
            SyndCategory category = new SyndCategoryImpl();
            category.setName(c.kind());
            e.setCategories(List.of(category));
            SyndContent summary = new SyndContentImpl();
            summary.setType("text/plain");
            summary.setValue(xml(summary(c) + (index == null ? "" : "。公示日志第 " + index + " 条")));
            if (index != null) {
                SyndLink entry = new SyndLinkImpl();
                entry.setRel("related");
                entry.setTitle("log-index:" + index);
                entry.setHref(baseUrl + "/api/v1/public/log/entries?start=" + index + "&end=" + (index + 1));
                e.setLinks(List.of(link(e.getLink()), entry));
            }
            e.setDescription(summary);
            entries.add(e);
        }
        feed.setEntries(entries);
        try {
            return new SyndFeedOutput().outputString(feed, true);
        } catch (FeedException e) {
            throw new IllegalStateException("feed", e);
        }
    }

    private static SyndLink link(String href) {
        SyndLink l = new SyndLinkImpl();
        l.setRel("alternate");
        l.setHref(href);
        return l;
    }

    static String title(PublicQueries.Change c) {
        String what = switch (c.kind()) {
            case "REGISTERED" -> "列入白名单（已备案）";
            case "RECTIFIED" -> "整改验收通过，恢复已备案";
            case "UNDER_RECTIFICATION" -> "限期整改中";
            case "REVOKED" -> "撤销备案，移出白名单";
            case "CANCELLED" -> "注销备案，移出白名单";
            case "BLACKLISTED" -> "列入黑名单";
            case "BAN_LIFTED" -> "黑名单期满解除";
            default -> c.kind();
        };
        return c.filingNumber() != null
                ? c.filingNumber() + " " + c.appName() + "：" + what
                : "统一社会信用代码 " + c.creditCode() + " " + c.providerName() + "：" + what;
    }

    static String summary(PublicQueries.Change c) {
        StringBuilder sb = new StringBuilder(title(c));
        sb.append("。提供者：").append(c.providerName()).append("（").append(c.creditCode()).append("）");
        if (c.detail() != null) {
            sb.append("。").append(c.detail());
        }
        return sb.toString();
    }

    static String xml(String text) {
        return NOT_XML.matcher(text).replaceAll("\uFFFD");
    }
}
