package cn.eduapp.registry.publication.internal;

import cn.eduapp.registry.publication.internal.persistence.PublicQueries;
import cn.eduapp.registry.system.web.Messages;
import cn.eduapp.registry.system.data.Xlsx;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The lists as .xlsx twins of the CSV exports: the same rows in the same order, with Chinese column
 * names and the category in words. The white list is streamed from the database to the response.
 */
@Component
public class SpreadsheetExports {

    static final List<String> WHITELIST_HEADER = List.of("备案编号", "应用名称", "提供者", "统一社会信用代码", "类别",
            "平台及标识", "备案时间");
    /** The CSV's columns (per listed app, issue 20) with Chinese headers. */
    static final List<String> BLACKLIST_HEADER = List.of("应用名称", "备案编号", "提供者", "统一社会信用代码", "原因", "依据",
            "列入日期", "列入截止日期", "处理决定书文号");

    private final PublicQueries queries;
    private final Messages messages;

    SpreadsheetExports(PublicQueries queries, Messages messages) {
        this.queries = queries;
        this.messages = messages;
    }

    /** The white list as it stands (endOfDay null) or as it stood at the end of a day. */
    public void whitelist(@Nullable Instant endOfDay, OutputStream out) throws IOException {
        try (Xlsx xlsx = Xlsx.open(out, "白名单", WHITELIST_HEADER)) {
            queries.eachWhitelistRow(endOfDay, r -> xlsx.row(r.filingNumber(), r.appName(), r.providerName(),
                    r.creditCode(), category(r.category()), String.join(";", r.platforms()), r.registeredAt()));
        }
    }

    public void blacklist(LocalDate day, boolean live, OutputStream out) throws IOException {
        try (Xlsx xlsx = Xlsx.open(out, "黑名单", BLACKLIST_HEADER)) {
            for (PublicQueries.BlacklistItem r : queries.blacklistRows(day, live)) {
                xlsx.row(r.appName(), r.filingNumber(), r.providerName(), r.creditCode(), r.reason(), r.clause(),
                        r.listedAt(), r.listedUntil(), r.decisionNumber());
            }
        }
    }

    @Nullable String category(@Nullable String category) {
        return category == null ? null : messages.get("category." + category);
    }
}
