package cn.eduapp.registry.publication.internal.persistence;

import cn.eduapp.registry.publication.internal.domain.Grams;
import cn.eduapp.registry.system.data.Like;
import cn.eduapp.registry.shared.Beijing;
import cn.eduapp.registry.system.web.PageQuery;
import cn.eduapp.registry.system.web.PageResult;
import cn.eduapp.registry.system.data.Rows;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.stereotype.Component;

/** Reads of the public read models only (never the workflow tables). */
@Component
public class PublicQueries {

    /** Longer queries gain nothing and cost index work. */
    static final int MAX_QUERY = 50;

    /** Rows fetched per round trip by the streamed exports. */
    static final int FETCH = 1_000;

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    PublicQueries(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.tx.setReadOnly(true);
    }

    public record Platform(String type, String identifier) {
        static List<Platform> of(List<String> stored) {
            return stored.stream().map(s -> {
                int colon = s.indexOf(':');
                return new Platform(s.substring(0, colon), s.substring(colon + 1));
            }).toList();
        }
    }

    public record WhitelistItem(String filingNumber, String appName, String providerName, @Nullable String category,
                                List<Platform> platforms, @Nullable Instant registeredAt, String status) {
    }

    /** A row of the white list's page: the platforms as stored ("type:identifier"). */
    record ItemRow(String filingNumber, String appName, String providerName, @Nullable String category,
                   List<String> platforms, @Nullable Instant registeredAt, String status) {
        WhitelistItem item() {
            return new WhitelistItem(filingNumber, appName, providerName, category, Platform.of(platforms), registeredAt,
                    status);
        }
    }

    /** A row of a public filing: the platforms as stored. */
    record FilingRow(String filingNumber, String appName, String providerName, @Nullable String category,
                     List<String> platforms, String status, @Nullable Instant registeredAt, @Nullable Instant revokedAt,
                     boolean blacklisted) {
        PublicFiling filing() {
            return new PublicFiling(filingNumber, appName, providerName, category, Platform.of(platforms), status,
                    registeredAt, revokedAt, blacklisted);
        }
    }

    /**
     * One listed app (issue 20); {@code id} is the entry the city may end early. Entries from before issue 20
     * listed a provider: their {@code appName} joins the provider's apps and they have no filing or decision number.
     */
    public record BlacklistItem(@Nullable String id, String appName, @Nullable String filingNumber, String providerName,
                                String creditCode, String reason, String clause, LocalDate listedAt, LocalDate listedUntil,
                                @Nullable String decisionNumber) {
    }

    public record PublicFiling(String filingNumber, String appName, String providerName, @Nullable String category,
                               List<Platform> platforms, String status, @Nullable Instant registeredAt,
                               @Nullable Instant revokedAt, boolean providerBlacklisted) {
    }

    /** A white-list export row (API.md's columns). */
    public record WhitelistRow(String filingNumber, String appName, String providerName, String creditCode,
                               @Nullable String category, List<String> platforms, @Nullable Instant registeredAt) {
    }

    public record Change(long id, Instant at, String kind, @Nullable String filingNumber, @Nullable String creditCode,
                         @Nullable String appName, String providerName, @Nullable String detail) {
    }

    public record State(long version, Instant changedAt) {
    }

    public PageResult<WhitelistItem> whitelist(@Nullable String q, @Nullable String category, PageQuery page) {
        StringBuilder where = new StringBuilder(" from pub_filing where listed");
        List<Object> params = new ArrayList<>();
        if (category != null) {
            where.append(" and category = ?");
            params.add(category);
        }
        String query = q == null ? "" : q.strip();
        @Nullable String countedGram = GramCounts.ALL;
        if (!query.isEmpty()) {
            query = Grams.normalise(query);
            if (Grams.length(query) > MAX_QUERY) {
                query = query.substring(0, query.offsetByCodePoints(0, MAX_QUERY));
            }
            if (Grams.length(query) <= 2) {
                // the trigram index cannot answer one or two characters: the gram array can, exactly
                where.append(" and name_grams @> array[?]::text[]");
                params.add(query);
                countedGram = query;
            } else {
                where.append(" and (app_name ilike ? escape '\\' or provider_name ilike ? escape '\\')");
                String like = Like.containing(query);
                params.add(like);
                params.add(like);
                countedGram = null;
            }
        }
        long total = countedGram != null ? counted(countedGram, category)
                : jdbc.sql("select count(*)" + where).params(params).query(Long.class).single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(page.size());
        pageParams.add(page.offset());
        List<WhitelistItem> items = jdbc.sql("""
                        select filing_number, app_name, provider_name, category, platforms, registered_at, status"""
                        + where + " order by registered_at desc nulls last, filing_number desc limit ? offset ?")
                .params(pageParams).query(Rows.of(ItemRow.class)).list().stream().map(ItemRow::item).toList();
        return PageResult.of(items, page, total);
    }

    /** Listed filings carrying this gram ({@link GramCounts#ALL}: all of them), from the counts kept with the rows. */
    private long counted(String gram, @Nullable String category) {
        return category == null
                ? jdbc.sql("select coalesce(sum(n), 0) from pub_gram_count where gram = ?").param(gram).query(Long.class).single()
                : jdbc.sql("select coalesce(sum(n), 0) from pub_gram_count where gram = ? and category = ?")
                        .params(gram, category).query(Long.class).single();
    }

    /** Listings running today: not ended, and today before their end. */
    public PageResult<BlacklistItem> blacklist(LocalDate today, PageQuery page) {
        long total = jdbc.sql("select count(*) from pub_blacklist_entry where ended_at is null and ban_until > ?")
                .param(Date.valueOf(today)).query(Long.class).single();
        List<BlacklistItem> items = jdbc.sql("""
                        select entry_id as id, coalesce(app_name, array_to_string(app_names, '、')) as app_name, filing_number, provider_name,
                               credit_code, reason, clause, listed_on as listed_at, ban_until as listed_until, decision_number
                          from pub_blacklist_entry where ended_at is null and ban_until > ?
                         order by listed_at desc, id desc limit ? offset ?""")
                .params(Date.valueOf(today), page.size(), page.offset())
                .query(Rows.of(BlacklistItem.class)).list();
        return PageResult.of(items, page, total);
    }

    public Optional<PublicFiling> filing(String filingNumber) {
        return jdbc.sql("""
                        select f.filing_number, f.app_name, f.provider_name, f.category, f.platforms, f.status,
                               f.registered_at, f.revoked_at, f.blacklisted
                          from pub_filing f join pub_provider p on p.provider_id = f.provider_id
                         where f.filing_number = ?""")
                .param(filingNumber).query(Rows.of(FilingRow.class)).optional().map(FilingRow::filing);
    }

    /** The whole white list now, or as it stood at {@code endOfDay} (exclusive end of a Beijing day). */
    public List<WhitelistRow> whitelistRows(@Nullable Instant endOfDay) {
        List<WhitelistRow> rows = new ArrayList<>();
        eachWhitelistRow(endOfDay, rows::add);
        return rows;
    }

    /**
     * The white list row by row, read with a cursor ({@value #FETCH} rows at a time) in a read-only
     * transaction (PostgreSQL streams only with autocommit off), so an export of 100,000 rows holds a
     * batch, not the list.
     */
    public void eachWhitelistRow(@Nullable Instant endOfDay, Consumer<WhitelistRow> each) {
        tx.executeWithoutResult(status -> {
            JdbcClient.StatementSpec spec = endOfDay == null
                    ? jdbc.sql("""
                            select filing_number, app_name, provider_name, credit_code, category, platforms, registered_at
                              from pub_filing where listed order by registered_at desc nulls last, filing_number desc""")
                    : jdbc.sql("""
                            select filing_number, app_name, provider_name, credit_code, category, platforms, registered_at
                              from pub_whitelist_period
                             where valid_from < ? and (valid_to is null or valid_to >= ?)
                             order by registered_at desc nulls last, filing_number desc""")
                            .params(Timestamp.from(endOfDay), Timestamp.from(endOfDay));
            RowMapper<WhitelistRow> row = Rows.of(WhitelistRow.class);
            spec.withFetchSize(FETCH).query((RowCallbackHandler) rs -> each.accept(row.mapRow(rs, 0)));
        });
    }

    /** The whole black list on {@code day}: running at the end of that Beijing day. */
    public List<BlacklistItem> blacklistRows(LocalDate day, boolean live) {
        if (live) {
            return blacklist(day, new PageQuery(0, Integer.MAX_VALUE)).items();
        }
        Instant end = day.plusDays(1).atStartOfDay(Beijing.ZONE).toInstant();
        return jdbc.sql("""
                        select entry_id as id, coalesce(app_name, array_to_string(app_names, '、')) as app_name, filing_number, provider_name,
                               credit_code, reason, clause, listed_on as listed_at, ban_until as listed_until, decision_number
                          from pub_blacklist_entry
                         where listed_at < ? and (ended_at is null or ended_at >= ?) and ban_until > ?
                         order by listed_at desc, id desc""")
                .params(Timestamp.from(end), Timestamp.from(end), Date.valueOf(day))
                .query(Rows.of(BlacklistItem.class)).list();
    }

    public List<Change> changes(int limit) {
        return jdbc.sql("""
                        select id, at, kind, filing_number, credit_code, app_name, provider_name, detail
                          from pub_change order by at desc, id desc limit ?""")
                .param(limit)
                .query(Rows.of(Change.class))
                .list();
    }

    public State state() {
        return jdbc.sql("select version, changed_at from pub_state where id = 1")
                .query(Rows.of(State.class)).single();
    }
}
