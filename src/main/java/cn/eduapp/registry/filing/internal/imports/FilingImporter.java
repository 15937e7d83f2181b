package cn.eduapp.registry.filing.internal.imports;

import cn.eduapp.registry.filing.FilingsImported;
import cn.eduapp.registry.filing.internal.domain.Filing;
import cn.eduapp.registry.filing.internal.persistence.FilingNumberIssuer;
import cn.eduapp.registry.filing.internal.persistence.FilingRepository;
import cn.eduapp.registry.provider.ProviderManagement;
import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.FilingId;
import cn.eduapp.registry.shared.ProviderId;
import cn.eduapp.registry.system.web.Messages;
import cn.eduapp.registry.system.web.ProblemError;
import java.io.Reader;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * API.md "Existing registrations": the commission's registrations before this platform, as CSV. Every row
 * is checked on its own and reported with its line number (the header is line 1); a valid row is stored
 * whole or not at all; rows sharing a filing number are one filing with several platforms; a number
 * stored already is skipped, so the same file can be sent twice. Filings go in by batches, as aggregates
 * ({@link Filing#imported}) through the same repository as the filings providers start.
 */
@Component
public class FilingImporter {

    public static final List<String> HEADER = List.of("filingNumber", "appName", "providerName", "creditCode",
            "legalPersonType", "category", "platform", "identifier", "audiences", "offersSubjectTraining", "registeredAt");
    /** Issue 21: optional last columns, the imported provider's contact person (so the city can reach it to claim). */
    public static final List<String> CONTACT_COLUMNS = List.of("contactName", "contactPhone", "contactEmail");

    private static final Logger log = LoggerFactory.getLogger(FilingImporter.class);
    private static final int BATCH = 1000;
    private static final int LOOKUP = 10_000;

    private final ImportCsv csv;
    private final FilingRepository filings;
    private final FilingNumberIssuer numbers;
    private final ProviderManagement providers;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Messages messages;
    private final Clock clock;

    FilingImporter(ImportCsv csv, FilingRepository filings, FilingNumberIssuer numbers, ProviderManagement providers,
                   ApplicationEventPublisher events, TransactionTemplate tx, Messages messages, Clock clock) {
        this.csv = csv;
        this.filings = filings;
        this.numbers = numbers;
        this.providers = providers;
        this.events = events;
        this.tx = tx;
        this.messages = messages;
        this.clock = clock;
    }

    /** A rejected row: its line and what is wrong with it. */
    public record Rejected(long line, List<ProblemError> errors) {
    }

    /** {@code imported} and {@code skipped} count rows; {@code filings} the filings created. */
    public record Result(int imported, int skipped, List<Rejected> rejected, int filings) {
    }

    public Result importCsv(Reader reader, Actor actor) {
        ImportCsv.Parsed parsed = csv.read(reader);
        List<Rejected> rejected = new ArrayList<>(parsed.rejected());
        int skipped = 0;
        Set<String> stored = stored(parsed.filings().keySet());
        List<ImportedFiling> toInsert = new ArrayList<>();
        for (ImportedFiling g : parsed.filings().values()) {
            if (stored.contains(g.first.filingNumber())) {
                skipped += g.rows.size();
            } else {
                toInsert.add(g);
            }
        }
        Map<String, String> providerIds = new HashMap<>();
        int imported = 0;
        int created = 0;
        for (int from = 0; from < toInsert.size(); from += BATCH) {
            List<ImportedFiling> batch = toInsert.subList(from, Math.min(from + BATCH, toInsert.size()));
            Map<String, String> known = new HashMap<>(providerIds);
            try {
                int[] counts = Objects.requireNonNull(tx.execute(s -> insert(batch, known, actor)));
                providerIds.putAll(known); // providers created by a batch are known once it committed
                imported += counts[0];
                skipped += counts[1];
                created += counts[2];
            } catch (RuntimeException e) {
                log.warn("Import batch failed: {}", e.toString());
                batch.forEach(g -> g.rows.forEach(row -> rejected.add(new Rejected(row.line(),
                        List.of(new ProblemError(null, "NOT_STORED", messages.get("import.notStored")))))));
            }
        }
        if (created > 0) {
            tx.executeWithoutResult(s -> numbers.skipImported());
        }
        rejected.sort((a, b) -> Long.compare(a.line(), b.line()));
        log.info("Import by {}: {} rows imported ({} filings), {} skipped, {} rejected", actor.username(), imported,
                created, skipped, rejected.size());
        return new Result(imported, skipped, rejected, created);
    }

    /**
     * One batch in one transaction: the providers new to the platform, then the filings (a number stored
     * meanwhile is skipped); {@code known} learns the providers created. Returns {rows, skipped rows, filings}.
     */
    private int[] insert(List<ImportedFiling> batch, Map<String, String> known, Actor actor) {
        List<ProviderManagement.ImportedProvider> wanted = batch.stream()
                .filter(g -> !known.containsKey(g.first.creditCode()))
                .map(g -> new ProviderManagement.ImportedProvider(g.first.providerName(), g.first.creditCode(),
                        g.first.legalPersonType(), g.first.contactName(), g.first.contactPhone(), g.first.contactEmail()))
                .toList();
        if (!wanted.isEmpty()) {
            known.putAll(providers.importProviders(wanted, actor));
        }
        Instant now = clock.instant();
        String comment = messages.get("import.historyComment");
        Map<String, ImportedFiling> byId = new HashMap<>();
        List<Filing> candidates = new ArrayList<>(batch.size());
        for (ImportedFiling g : batch) {
            ImportedRow f = g.first;
            Filing filing = Filing.imported(UUID.randomUUID().toString(), known.get(f.creditCode()), f.providerName(),
                    g.declaration(), f.filingNumber(), f.category(), f.registeredAt(), actor, comment, now);
            byId.put(filing.id(), g);
            candidates.add(filing);
        }
        List<Filing> inserted = filings.insertAll(candidates);
        int rows = 0;
        List<FilingsImported.Imported> announced = new ArrayList<>(inserted.size());
        for (Filing f : inserted) {
            rows += byId.get(f.id()).rows.size();
            announced.add(new FilingsImported.Imported(FilingId.of(f.id()), ProviderId.of(f.providerId()),
                    f.filingNumber()));
        }
        int skippedRows = batch.stream().mapToInt(g -> g.rows.size()).sum() - rows;
        if (!announced.isEmpty()) {
            events.publishEvent(new FilingsImported(actor, List.copyOf(announced), now));
        }
        return new int[] {rows, skippedRows, inserted.size()};
    }

    private Set<String> stored(Set<String> numbers) {
        Set<String> stored = new HashSet<>();
        List<String> all = new ArrayList<>(numbers);
        for (int from = 0; from < all.size(); from += LOOKUP) {
            stored.addAll(filings.storedNumbers(all.subList(from, Math.min(from + LOOKUP, all.size()))));
        }
        return stored;
    }
}
