package cn.eduapp.registry.publication.internal.web;

import cn.eduapp.registry.publication.internal.persistence.PublicQueries.WhitelistItem;
import cn.eduapp.registry.system.web.BeijingTimes;
import cn.eduapp.registry.system.web.Messages;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

/**
 * The white-list page's rows written out in Java once per row: the category and platform names, the day and the
 * filing's address, so the template only places text. The busiest public page rendered each of these through an
 * expression per cell (a message look-up, a bean call, a link with a path variable), most of its time (issue 17).
 */
@Component
class WhitelistRows {

    /** One row as read: every field is the text shown. */
    record Row(String href, String number, boolean rectifying, String app, String provider, String category,
               List<String> platforms, String registeredOn) {
    }

    private final Messages messages;
    private final BeijingTimes times;

    WhitelistRows(Messages messages, BeijingTimes times) {
        this.messages = messages;
        this.times = times;
    }

    List<Row> of(List<WhitelistItem> items) {
        return items.stream().map(this::row).toList();
    }

    private Row row(WhitelistItem f) {
        return new Row("/public/filings/" + UriUtils.encodePathSegment(f.filingNumber(), StandardCharsets.UTF_8), f.filingNumber(),
                "UNDER_RECTIFICATION".equals(f.status()), f.appName(), f.providerName(),
                f.category() == null ? "" : messages.get("category." + f.category()),
                f.platforms().stream().map(p -> messages.get("public.platform." + p.type()) + " " + p.identifier()).toList(),
                times.day(f.registeredAt()));
    }
}
