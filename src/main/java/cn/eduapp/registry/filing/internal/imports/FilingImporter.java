package cn.eduapp.registry.filing.internal.imports;

import cn.eduapp.registry.filing.FilingStatus;
import cn.eduapp.registry.filing.FilingsImported;
import cn.eduapp.registry.provider.ProviderManagement;
import cn.eduapp.registry.rules.Audience;
import cn.eduapp.registry.rules.Category;
import cn.eduapp.registry.rules.Declaration;
import cn.eduapp.registry.rules.PlatformType;
import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.Beijing;
import cn.eduapp.registry.shared.CreditCode;
import cn.eduapp.registry.shared.FilingNumbers;
import cn.eduapp.registry.shared.LegalPersonType;
import cn.eduapp.registry.system.ApiProblem;
import cn.eduapp.registry.system.Messages;
import cn.eduapp.registry.system.ProblemError;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * API.md "Existing registrations": the commission's registrations before this platform, as CSV. Every row
 * is checked on its own and reported with its line number (the header is line 1); a valid row is stored
 * whole or not at all; rows sharing a filing number are one filing with several platforms; a number
 * stored already is skipped, so the same file can be sent twice. Filings go in by batches.
 */
@Component
public class FilingImporter {

    public static final List<String> HEADER = List.of("filingNumber", "appName", "providerName", "creditCode",
            "legalPersonType", "category", "platform", "identifier", "audiences", "offersSubjectTraining", "registeredAt");

    private static final Logger log = LoggerFactory.getLogger(FilingImporter.class);
    private static final int BATCH = 1000;

    private final JdbcTemplate jdbc;
    private final ProviderManagement providers;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final JsonMapper mapper;
    private final Messages messages;
    private final Clock clock;

    FilingImporter(JdbcTemplate jdbc, ProviderManagement providers, ApplicationEventPublisher events,
                   TransactionTemplate tx, JsonMapper mapper, Messages messages, Clock clock) {
        this.jdbc = jdbc;
        this.providers = providers;
        this.events = events;
        this.tx = tx;
        this.mapper = mapper;
        this.messages = messages;
        this.clock = clock;
    }

    /** A rejected row: its line and what is wrong with it. */
    public record Rejected(long line, List<ProblemError> errors) {
    }

    /** {@code imported} and {@code skipped} count rows; {@code filings} the filings created. */
    public record Result(int imported, int skipped, List<Rejected> rejected, int filings) {
    }

    record Row(long line, String filingNumber, String appName, String providerName, String creditCode,
               LegalPersonType legalPersonType, @Nullable Category category, Declaration.Platform platform,
               List<Audience> audiences, boolean offersSubjectTraining, Instant registeredAt) {
    }

    /** Rows of one filing number, in file order. */
    static final class Group {
        final Row first;
        final List<Row> rows = new ArrayList<>();
        final Set<Declaration.Platform> platforms = new LinkedHashSet<>();

        Group(Row first) {
            this.first = first;
        }
    }

    public Result importCsv(Reader reader, Actor actor) {
        List<Rejected> rejected = new ArrayList<>();
        Map<String, Group> groups = new LinkedHashMap<>();
        boolean any = false;
        try (CSVParser parser = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get().parse(reader)) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                throw ApiProblem.badField("body", "BODY_MISSING", messages.get("import.empty"));
            }
            checkHeader(records.next());
            while (records.hasNext()) {
                CSVRecord r = records.next();
                any = true;
                List<ProblemError> errors = new ArrayList<>();
                Row row = parse(r, errors);
                if (row == null) {
                    rejected.add(new Rejected(r.getRecordNumber(), errors));
                    continue;
                }
                Group g = groups.get(row.filingNumber());
                if (g == null) {
                    g = new Group(row);
                    groups.put(row.filingNumber(), g);
                } else if (!sameFiling(g.first, row)) {
                    rejected.add(new Rejected(row.line(), List.of(new ProblemError("filingNumber", "INCONSISTENT",
                            messages.get("import.inconsistent", g.first.line())))));
                    continue;
                }
                g.rows.add(row);
                g.platforms.add(row.platform());
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            // commons-csv reports a broken record (an unclosed quote …) as an I/O problem
            throw ApiProblem.badField("body", "MALFORMED_CSV", messages.get("import.malformed"));
        }
        if (!any && groups.isEmpty() && rejected.isEmpty()) {
            throw ApiProblem.badField("body", "BODY_MISSING", messages.get("import.noRows"));
        }

        int skipped = 0;
        Set<String> stored = storedNumbers(groups.keySet());
        List<Group> toInsert = new ArrayList<>();
        for (Group g : groups.values()) {
            if (stored.contains(g.first.filingNumber())) {
                skipped += g.rows.size();
            } else {
                toInsert.add(g);
            }
        }

        Map<String, String> providerIds = new HashMap<>();
        int imported = 0;
        int filings = 0;
        for (int from = 0; from < toInsert.size(); from += BATCH) {
            List<Group> batch = toInsert.subList(from, Math.min(from + BATCH, toInsert.size()));
            // providers new to the platform are created in the batch's transaction: one commit per batch
            Map<String, String> known = new HashMap<>(providerIds);
            try {
                int[] counts = Objects.requireNonNull(tx.execute(s -> {
                    List<ProviderManagement.ImportedProvider> wanted = batch.stream()
                            .filter(g -> !known.containsKey(g.first.creditCode()))
                            .map(g -> new ProviderManagement.ImportedProvider(g.first.providerName(), g.first.creditCode(),
                                    g.first.legalPersonType()))
                            .toList();
                    if (!wanted.isEmpty()) {
                        known.putAll(providers.importProviders(wanted, actor));
                    }
                    return insert(batch, known, actor);
                }));
                providerIds.putAll(known);
                imported += counts[0];
                skipped += counts[1];
                filings += counts[2];
            } catch (RuntimeException e) {
                log.warn("Import batch failed: {}", e.toString());
                for (Group g : batch) {
                    for (Row row : g.rows) {
                        rejected.add(new Rejected(row.line(), List.of(new ProblemError(null, "NOT_STORED",
                                messages.get("import.notStored")))));
                    }
                }
            }
        }
        if (filings > 0) {
            tx.executeWithoutResult(s -> advanceCounter());
        }
        rejected.sort((a, b) -> Long.compare(a.line(), b.line()));
        log.info("Import by {}: {} rows imported ({} filings), {} skipped, {} rejected", actor.username(), imported,
                filings, skipped, rejected.size());
        return new Result(imported, skipped, rejected, filings);
    }

    /** Inserts one batch of filings; a number stored meanwhile is skipped. Returns {rows, skipped rows, filings}. */
    private int[] insert(List<Group> batch, Map<String, String> providerIds, Actor actor) {
        Instant now = clock.instant();
        List<Object[]> filingRows = new ArrayList<>(batch.size());
        List<String> ids = new ArrayList<>(batch.size());
        for (Group g : batch) {
            Row f = g.first;
            String id = UUID.randomUUID().toString();
            ids.add(id);
            Declaration app = new Declaration(f.appName(), null, null, List.copyOf(g.platforms), f.audiences(), List.of(),
                    List.of(), f.offersSubjectTraining(), false, null, null, null, null, null);
            filingRows.add(new Object[] {UUID.fromString(id), UUID.fromString(providerIds.get(f.creditCode())),
                    f.providerName(), FilingStatus.REGISTERED.name(), f.filingNumber(), f.appName(),
                    mapper.writeValueAsString(app), f.category() == null ? null : f.category().name(),
                    Timestamp.from(now), Timestamp.from(now), Timestamp.from(f.registeredAt()),
                    Timestamp.from(f.registeredAt())});
        }
        int[] counts = jdbc.batchUpdate("""
                insert into filing (id, provider_id, provider_name, status, filing_number, app_name, app, category,
                                    created_at, updated_at, submitted_at, registered_at, version, imported)
                values (?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, 0, true)
                on conflict (filing_number) do nothing""", filingRows);
        List<Object[]> history = new ArrayList<>();
        int rows = 0;
        int skipped = 0;
        int filings = 0;
        String comment = messages.get("import.historyComment");
        List<FilingsImported.Imported> imported = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            Group g = batch.get(i);
            if (counts[i] == 0) {
                skipped += g.rows.size();
                continue;
            }
            rows += g.rows.size();
            filings++;
            history.add(new Object[] {UUID.fromString(ids.get(i)), Timestamp.from(now), actor.username(), "IMPORTED",
                    FilingStatus.REGISTERED.name(), comment});
            imported.add(new FilingsImported.Imported(ids.get(i), providerIds.get(g.first.creditCode()), g.first.filingNumber()));
        }
        if (!imported.isEmpty()) {
            events.publishEvent(new FilingsImported(actor, List.copyOf(imported), now));
        }
        jdbc.batchUpdate("""
                insert into filing_history (filing_id, at, actor, action, from_status, to_status, comment)
                values (?, ?, ?, ?, null, ?, ?)""", history);
        return new int[] {rows, skipped, filings};
    }

    /**
     * Imported Beijing numbers are taken; the counter moves past a run of them that starts right after its
     * last value, so issuing a number never walks through thousands of taken ones, and no free number is lost.
     */
    private void advanceCounter() {
        Integer last = jdbc.queryForObject("select last_value from filing_number_counter where region = ? for update",
                Integer.class, FilingNumbers.BEIJING);
        if (last == null) {
            return;
        }
        List<Integer> taken = jdbc.queryForList("""
                select substring(filing_number from 8 for 5)::int as seq from filing
                 where filing_number like ? and substring(filing_number from 8 for 5)::int > ? order by 1""",
                Integer.class, "教APP备" + FilingNumbers.BEIJING + "%", last);
        int next = last;
        for (int seq : taken) {
            if (seq != next + 1) {
                break;
            }
            next = seq;
        }
        if (next > last) {
            jdbc.update("update filing_number_counter set last_value = ? where region = ?", next, FilingNumbers.BEIJING);
        }
    }

    private Set<String> storedNumbers(Set<String> numbers) {
        Set<String> stored = new HashSet<>();
        List<String> all = new ArrayList<>(numbers);
        for (int from = 0; from < all.size(); from += 10_000) {
            String[] chunk = all.subList(from, Math.min(from + 10_000, all.size())).toArray(String[]::new);
            stored.addAll(jdbc.queryForList("select filing_number from filing where filing_number = any(?)", String.class,
                    (Object) chunk));
        }
        return stored;
    }

    private void checkHeader(CSVRecord header) {
        List<String> names = new ArrayList<>();
        header.forEach(names::add);
        if (!names.isEmpty() && names.get(0).startsWith("\uFEFF")) {
            names.set(0, names.get(0).substring(1));
        }
        List<String> trimmed = names.stream().map(String::trim).toList();
        if (!trimmed.equals(HEADER)) {
            throw ApiProblem.badField("header", "INVALID_HEADER", messages.get("import.badHeader", String.join(",", HEADER)));
        }
    }

    private static boolean sameFiling(Row a, Row b) {
        return a.appName().equals(b.appName()) && a.creditCode().equals(b.creditCode())
                && a.providerName().equals(b.providerName()) && a.legalPersonType() == b.legalPersonType()
                && Objects.equals(a.category(), b.category()) && new HashSet<>(a.audiences()).equals(new HashSet<>(b.audiences()))
                && a.offersSubjectTraining() == b.offersSubjectTraining() && a.registeredAt().equals(b.registeredAt());
    }

    private @Nullable Row parse(CSVRecord r, List<ProblemError> errors) {
        if (r.size() != HEADER.size()) {
            errors.add(new ProblemError(null, "COLUMN_COUNT", messages.get("import.columnCount", HEADER.size(), r.size())));
            return null;
        }
        String number = r.get(0).trim();
        if (!FilingNumbers.isValid(number)) {
            errors.add(error("filingNumber", "import.filingNumber"));
        }
        String appName = r.get(1).trim();
        if (appName.isEmpty() || appName.length() > 100) {
            errors.add(error("appName", "import.appName"));
        }
        String providerName = r.get(2).trim();
        if (providerName.isEmpty() || providerName.length() > 200) {
            errors.add(error("providerName", "import.providerName"));
        }
        String code = r.get(3).trim().toUpperCase(Locale.ROOT);
        CreditCode.problem(code).ifPresent(p -> errors.add(new ProblemError("creditCode", "CREDIT_CODE_" + p.name(),
                messages.get("creditCode." + p.name()))));
        LegalPersonType type = enumValue(LegalPersonType.class, r.get(4), "legalPersonType", errors, false);
        Category category = enumValue(Category.class, r.get(5), "category", errors, true);
        PlatformType platform = enumValue(PlatformType.class, r.get(6), "platform", errors, false);
        String identifier = r.get(7).trim();
        if (platform != null && !platform.accepts(identifier)) {
            errors.add(error("identifier", "import.identifier"));
        }
        List<Audience> audiences = new ArrayList<>();
        for (String a : r.get(8).split(";")) {
            if (!a.isBlank()) {
                Audience audience = enumValue(Audience.class, a, "audiences", errors, false);
                if (audience != null && !audiences.contains(audience)) {
                    audiences.add(audience);
                }
            }
        }
        String training = r.get(9).trim().toLowerCase(Locale.ROOT);
        boolean offers = training.equals("true") || training.equals("1") || training.equals("是");
        if (!offers && !training.isEmpty() && !training.equals("false") && !training.equals("0") && !training.equals("否")) {
            errors.add(error("offersSubjectTraining", "import.boolean"));
        }
        Instant registeredAt = registeredAt(r.get(10).trim());
        if (registeredAt == null) {
            errors.add(error("registeredAt", "import.registeredAt"));
        } else if (registeredAt.isAfter(clock.instant())) {
            errors.add(error("registeredAt", "import.registeredAtFuture"));
        }
        if (!errors.isEmpty()) {
            return null;
        }
        return new Row(r.getRecordNumber(), number, appName, providerName, code, type, category,
                new Declaration.Platform(platform, identifier), List.copyOf(audiences), offers, registeredAt);
    }

    private static @Nullable Instant registeredAt(String text) {
        try {
            if (text.length() == 10) {
                return LocalDate.parse(text).atStartOfDay(Beijing.ZONE).toInstant();
            }
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private <E extends Enum<E>> @Nullable E enumValue(Class<E> type, String text, String field, List<ProblemError> errors,
                                                      boolean optional) {
        String t = text.trim();
        if (t.isEmpty() && optional) {
            return null;
        }
        try {
            return Enum.valueOf(type, t);
        } catch (IllegalArgumentException e) {
            errors.add(new ProblemError(field, "INVALID_VALUE", messages.get("import.enum", field, t)));
            return null;
        }
    }

    private ProblemError error(String field, String key) {
        return new ProblemError(field, "INVALID_VALUE", messages.get(key));
    }
}
