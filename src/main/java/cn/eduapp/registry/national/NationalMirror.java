package cn.eduapp.registry.national;

import cn.eduapp.registry.national.internal.mirror.MirrorSchedule;
import cn.eduapp.registry.national.internal.persistence.MirrorRows;
import cn.eduapp.registry.system.web.PageQuery;
import cn.eduapp.registry.system.web.PageResult;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The mirror of apps filed in other provinces (一省备案全国有效), for the places where a filing anywhere counts:
 * use filings, verify, the CAC's release reports, complaints, the public 全国备案查询. Beijing's own filings are
 * never here (they are in filing); the mirror answers only what filing does not know.
 */
@Service
public class NationalMirror {

    public static final String BEIJING = "北京市";

    private final MirrorRows rows;
    private final MirrorSchedule schedule;

    NationalMirror(MirrorRows rows, MirrorSchedule schedule) {
        this.rows = rows;
        this.schedule = schedule;
    }

    /** The mirrored app with this platform identifier (package name, bundle id, …; exact), a registered one first. */
    public Optional<NationalApp> byPlatform(String platform, String identifier) {
        return rows.byPlatform(platform, identifier.trim());
    }

    /** The mirrored app with this identifier on any platform (a complainant rarely knows the platform). */
    public Optional<NationalApp> byIdentifier(String identifier) {
        return rows.byIdentifier(identifier.trim());
    }

    public Optional<NationalApp> byFilingNumber(String filingNumber) {
        return rows.byNumber(filingNumber.trim());
    }

    /** The public search: app or provider name (contains), filing number, credit code or identifier. */
    public PageResult<NationalApp> search(@Nullable String q, PageQuery page) {
        return rows.search(q, page);
    }

    public NationalSyncState syncState() {
        return rows.state();
    }

    /** Where the sync reads from (the national platform's address, or the CSV). */
    public String syncSource() {
        return schedule.source();
    }

    /** Runs the sync now (unless it is running on another instance); the state says what it did. */
    public NationalSyncState syncNow() {
        schedule.runNow();
        return rows.state();
    }
}
