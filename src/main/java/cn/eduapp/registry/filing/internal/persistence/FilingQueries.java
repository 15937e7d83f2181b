package cn.eduapp.registry.filing.internal.persistence;

import cn.eduapp.registry.system.data.Like;
import cn.eduapp.registry.filing.FilingManagement;
import cn.eduapp.registry.filing.FilingStatus;
import cn.eduapp.registry.filing.FilingSummary;
import cn.eduapp.registry.filing.FilingView;
import cn.eduapp.registry.rules.Category;
import cn.eduapp.registry.system.web.PageQuery;
import cn.eduapp.registry.system.web.PageResult;
import cn.eduapp.registry.system.data.Rows;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Lists for people: a provider sees its own filings, agencies every filing from its first submission on. */
@Component
public class FilingQueries {

    /** What a listing shows of a filing; {@link #summary} reads it. */
    private static final String SUMMARY_COLUMNS = """
            select id, status, filing_number, category, app_name, provider_id, provider_name, created_at,
                   submitted_at, registered_at from filing""";

    private final JdbcClient jdbc;

    FilingQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public PageResult<FilingSummary> list(@Nullable String providerId, @Nullable FilingStatus status, @Nullable String q,
                                          PageQuery page) {
        return query(providerId, status, q, page, true);
    }

    /** Every REGISTERED filing, imported ones (which were never submitted here) included: what institutions may choose. */
    public PageResult<FilingSummary> registered(@Nullable String q, PageQuery page) {
        return query(null, FilingStatus.REGISTERED, q, page, false);
    }

    private PageResult<FilingSummary> query(@Nullable String providerId, @Nullable FilingStatus status, @Nullable String q,
                                            PageQuery page, boolean submittedOnly) {
        StringBuilder where = new StringBuilder(" where true");
        List<Object> params = new ArrayList<>();
        if (providerId != null) {
            where.append(" and provider_id = ?");
            params.add(UUID.fromString(providerId));
        } else if (submittedOnly) {
            where.append(" and submitted_at is not null");
        }
        if (status != null) {
            where.append(" and status = ?");
            params.add(status.name());
        }
        if (q != null && !q.isBlank()) {
            where.append(" and (app_name ilike ? escape '\\' or provider_name ilike ? escape '\\' or filing_number = ?)");
            String like = Like.containing(q);
            params.add(like);
            params.add(like);
            params.add(q.trim());
        }
        long total = jdbc.sql("select count(*) from filing" + where).params(params).query(Long.class).single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(page.size());
        pageParams.add(page.offset());
        List<FilingSummary> items = jdbc.sql(SUMMARY_COLUMNS + where + " order by created_at desc, id limit ? offset ?")
                .params(pageParams)
                .query(Rows.of(SummaryRow.class))
                .list().stream().map(SummaryRow::summary).toList();
        return PageResult.of(items, page, total);
    }

    public Optional<String> numberNamed(String appName) {
        return jdbc.sql("""
                        select filing_number from filing where app_name = ? and filing_number is not null
                         order by created_at desc, id limit 1""")
                .param(appName).query(String.class).optional();
    }

    /** A row of {@link #SUMMARY_COLUMNS}; {@link #summary} is how a listing shows it. */
    private record SummaryRow(String id, FilingStatus status, @Nullable String filingNumber, @Nullable Category category,
                              String appName, String providerId, String providerName, Instant createdAt,
                              @Nullable Instant submittedAt, @Nullable Instant registeredAt) {

        FilingSummary summary() {
            return new FilingSummary(id, status, filingNumber, category, appName,
                    new FilingView.ProviderRef(providerId, providerName), createdAt, submittedAt, registeredAt);
        }
    }

    /** The category the city reviewer set on this filing in place of the one decided from its declaration. */
    public java.util.Optional<cn.eduapp.registry.rules.Category> correctedCategory(String filingId) {
        return jdbc.sql("select category from filing where id = ?::uuid and category_corrected and category is not null")
                .param(filingId).query(String.class).optional().map(cn.eduapp.registry.rules.Category::valueOf);
    }

    /** Marks the filing's category as the city reviewer's (V120); re-checks and resubmissions keep it. */
    public void markCategoryCorrected(String filingId) {
        jdbc.sql("update filing set category_corrected = true where id = ?::uuid").param(filingId).update();
    }

    /** Filings in the given statuses, of one provider or all; optionally only preschool training (三(五)). */
    public List<FilingSummary> withStatus(@Nullable String providerId, List<FilingStatus> statuses, boolean preschoolTraining) {
        StringBuilder sql = new StringBuilder(SUMMARY_COLUMNS + " where status = any(?)");
        List<Object> params = new ArrayList<>();
        params.add(statuses.stream().map(Enum::name).toArray(String[]::new));
        if (providerId != null) {
            sql.append(" and provider_id = ?");
            params.add(UUID.fromString(providerId));
        }
        if (preschoolTraining) {
            sql.append(" and app -> 'audiences' @> '[\"PRESCHOOL\"]'::jsonb and coalesce((app ->> 'offersSubjectTraining')::boolean, false)");
        }
        sql.append(" order by registered_at nulls last, filing_number, id");
        return jdbc.sql(sql.toString()).params(params)
                .query(Rows.of(SummaryRow.class))
                .list().stream().map(SummaryRow::summary).toList();
    }

    /**
     * The city's figures: filings agencies can see (submitted at least once, or imported) counted by status and
     * category (null when never classified); and registrations per Beijing month since {@code from}.
     */
    public FilingManagement.Figures figures(Instant from) {
        List<FilingManagement.StatusCategoryCount> counts = jdbc.sql("""
                select status, category, count(*) as count from filing
                 where submitted_at is not null or imported
                 group by status, category order by status, category""")
                .query(Rows.of(FilingManagement.StatusCategoryCount.class))
                .list();
        List<FilingManagement.MonthCount> months = jdbc.sql("""
                select to_char(registered_at at time zone 'Asia/Shanghai', 'YYYY-MM') as month, count(*) as count
                  from filing where registered_at >= ? group by 1 order by 1""")
                .param(Timestamp.from(from))
                .query(Rows.of(FilingManagement.MonthCount.class))
                .list();
        return new FilingManagement.Figures(counts, months);
    }
}
