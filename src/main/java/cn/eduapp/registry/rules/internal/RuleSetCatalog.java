package cn.eduapp.registry.rules.internal;

import cn.eduapp.registry.rules.internal.persistence.RuleSetStore;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The stored rule-set versions, compiled and cached; the one in force on a day is the latest whose effective
 * date has come (ties: the later publication). Another instance's publication is noticed within
 * {@code registry.rules.cache-ttl} (a count query); this instance's at once. Until the bundled versions are
 * stored (the first start's first moments) the bundled files themselves answer.
 *
 * <p>The time limit is Caffeine's ({@code expireAfterWrite}), loaded on the caller's thread so a read after the
 * limit always sees the database's count (no stale answer served while a refresh runs elsewhere); the last
 * snapshot is kept beside it so an unchanged count costs no reload.
 */
@Component
public class RuleSetCatalog {

    private final RuleSetStore store;
    private static final String CURRENT = "current";

    private final List<RuleSetDefinition> bundled;
    private final LoadingCache<String, Snapshot> snapshots;
    private volatile Snapshot last = new Snapshot(List.of(), -1);

    private record Snapshot(List<StoredRuleSet> entries, long count) {
    }

    RuleSetCatalog(RuleSetStore store, JsonMapper mapper, RulesSettings settings) throws IOException {
        this.store = store;
        this.bundled = readBundled(mapper);
        this.snapshots = Caffeine.newBuilder().expireAfterWrite(settings.cacheTtl()).executor(Runnable::run)
                .build(key -> revalidate());
    }

    /** The release's own versions: {@code classpath*:rules/rule-sets/*.json}. */
    static List<RuleSetDefinition> readBundled(JsonMapper mapper) throws IOException {
        List<RuleSetDefinition> loaded = new ArrayList<>();
        for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:rules/rule-sets/*.json")) {
            try (InputStream in = r.getInputStream()) {
                loaded.add(mapper.readValue(in, RuleSetDefinition.class));
            }
        }
        loaded.sort(Comparator.comparing(RuleSetDefinition::effectiveFrom).thenComparing(RuleSetDefinition::version));
        return List.copyOf(loaded);
    }

    List<RuleSetDefinition> bundled() {
        return bundled;
    }

    public List<StoredRuleSet> entries() {
        return current().entries();
    }

    public Optional<StoredRuleSet> entry(String version) {
        return entries().stream().filter(e -> e.set().version().equals(version)).findFirst();
    }

    public Optional<RuleSet> version(String version) {
        return entry(version).map(StoredRuleSet::set);
    }

    public RuleSet inForceOn(LocalDate day) {
        StoredRuleSet e = entryInForceOn(day);
        if (e != null) {
            return e.set();
        }
        for (int i = bundled.size() - 1; i >= 0; i--) {
            if (!bundled.get(i).effectiveFrom().isAfter(day)) {
                return RuleSet.of(bundled.get(i));
            }
        }
        throw new IllegalStateException("no rule set in force on " + day);
    }

    public @Nullable StoredRuleSet entryInForceOn(LocalDate day) {
        List<StoredRuleSet> entries = current().entries();
        for (int i = entries.size() - 1; i >= 0; i--) {
            if (!entries.get(i).set().effectiveFrom().isAfter(day)) {
                return entries.get(i);
            }
        }
        return null;
    }

    /** Reloads from the database now (after this instance stored a version). */
    public void refresh() {
        Snapshot next = load();
        last = next;
        snapshots.put(CURRENT, next);
    }

    private Snapshot current() {
        return snapshots.get(CURRENT);
    }

    /** After the time limit: the same count keeps the entries; another count (a version stored elsewhere) reloads. */
    private Snapshot revalidate() {
        Snapshot previous = last;
        Snapshot next = store.count() == previous.count() ? previous : load();
        last = next;
        return next;
    }

    private Snapshot load() {
        long count = store.count();
        return new Snapshot(List.copyOf(store.all()), count);
    }
}
