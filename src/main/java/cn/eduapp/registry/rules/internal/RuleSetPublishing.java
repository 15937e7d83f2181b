package cn.eduapp.registry.rules.internal;

import cn.eduapp.registry.rules.internal.persistence.RuleSetStore;
import cn.eduapp.registry.rules.RuleSetPublished;
import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.Beijing;
import cn.eduapp.registry.system.web.ApiProblem;
import cn.eduapp.registry.system.web.FormErrors;
import cn.eduapp.registry.system.web.Messages;
import cn.eduapp.registry.system.operations.RegistrySettings;
import cn.eduapp.registry.system.web.ProblemError;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * How a rule-set version comes to be stored, without a release: {@code POST /api/v1/rule-sets} (the city),
 * a JSON file dropped in {@code registry.rules.directory} (polled every {@code registry.rules.directory-poll}),
 * or the release's bundled files at start. Stored versions never change; storing is idempotent across instances
 * (ON CONFLICT DO NOTHING) and announces {@link RuleSetPublished} once, from the instance that stored it.
 */
@Service
public class RuleSetPublishing {

    public static final String SOURCE_CLASSPATH = "CLASSPATH";
    public static final String SOURCE_API = "API";
    public static final String SOURCE_DIRECTORY = "DIRECTORY";

    private static final Logger log = LoggerFactory.getLogger(RuleSetPublishing.class);
    private static final long MAX_FILE_BYTES = 1024 * 1024;

    private final RuleSetStore store;
    private final RuleSetCatalog catalog;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final FormErrors formErrors;
    private final Messages messages;
    private final JsonMapper mapper;
    private final Clock clock;
    private final String directory;
    /** Files already reported as refused, by path and modification time, so the log says it once. */
    private final Map<Path, Long> refusedFiles = new HashMap<>();

    RuleSetPublishing(RuleSetStore store, RuleSetCatalog catalog, ApplicationEventPublisher events, TransactionTemplate tx,
                      FormErrors formErrors, Messages messages, JsonMapper mapper, Clock clock,
                      RulesSettings settings, RegistrySettings registry) {
        this.store = store;
        this.catalog = catalog;
        this.events = events;
        this.tx = tx;
        this.formErrors = formErrors;
        this.messages = messages;
        this.mapper = mapper;
        this.clock = clock;
        this.directory = settings.directory(registry);
    }

    /**
     * Publishes a new version: 400 when the definition is invalid or takes effect before today (Beijing),
     * 409 when the version exists. Returns the stored version.
     */
    public StoredRuleSet publish(RuleSetDefinition def, Actor actor, String source) {
        List<ProblemError> errors = new ArrayList<>(RuleSetValidation.problems(def, messages));
        errors.addAll(RuleSetValidation.notInPast(def, Beijing.today(clock), messages));
        if (!errors.isEmpty()) {
            throw ApiProblem.badRequest(errors);
        }
        if (!store(def, actor, source)) {
            throw ApiProblem.conflict("rules.version.exists", def.version());
        }
        return catalog.entry(def.version()).orElseThrow();
    }

    /** Bean Validation and the rules above, as errors (for a page form or a dropped file). */
    public List<ProblemError> check(RuleSetDefinition def) {
        List<ProblemError> errors = new ArrayList<>(formErrors.violations(def));
        if (errors.isEmpty()) {
            errors.addAll(RuleSetValidation.problems(def, messages));
            errors.addAll(RuleSetValidation.notInPast(def, Beijing.today(clock), messages));
        }
        return errors;
    }

    private boolean store(RuleSetDefinition def, Actor actor, String source) {
        Boolean stored = tx.execute(s -> {
            boolean inserted = store.insert(def, source, actor.username(), clock.instant());
            if (inserted) {
                events.publishEvent(new RuleSetPublished(actor, def.version(), def.effectiveFrom()));
            }
            return inserted;
        });
        catalog.refresh();
        return Boolean.TRUE.equals(stored);
    }

    /** At start: the release's bundled versions (a broken one stops the start), then the directory. */
    @EventListener(ApplicationStartedEvent.class)
    void seed() {
        for (RuleSetDefinition def : catalog.bundled()) {
            List<ProblemError> errors = new ArrayList<>(formErrors.violations(def));
            errors.addAll(RuleSetValidation.problems(def, messages));
            if (!errors.isEmpty()) {
                throw new IllegalStateException("bundled rule set " + def.version() + " is invalid: " + errors);
            }
            if (store(def, Actor.SYSTEM, SOURCE_CLASSPATH)) {
                log.info("Rule set {} (effective {}) stored from the release", def.version(), def.effectiveFrom());
            }
        }
        catalog.refresh();
        scanDirectory();
    }

    /** Versions dropped as {@code *.json} files; one already stored is skipped, an invalid one logged once. */
    @Scheduled(initialDelayString = "${registry.rules.directory-poll:PT1M}",
            fixedDelayString = "${registry.rules.directory-poll:PT1M}")
    public synchronized void scanDirectory() {
        Path dir = Path.of(directory);
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.json")) {
            for (Path file : files) {
                scanFile(file);
            }
        } catch (IOException e) {
            log.warn("Cannot read the rule-set directory {}: {}", dir, e.getMessage());
        }
    }

    private void scanFile(Path file) {
        try {
            long modified = Files.getLastModifiedTime(file).toMillis();
            if (Long.valueOf(modified).equals(refusedFiles.get(file)) || !Files.isRegularFile(file)
                    || Files.size(file) > MAX_FILE_BYTES) {
                return;
            }
            RuleSetDefinition def = mapper.readValue(file.toFile(), RuleSetDefinition.class);
            if (def.version() != null && store.exists(def.version())) {
                return;
            }
            List<ProblemError> errors = check(def);
            if (!errors.isEmpty()) {
                refusedFiles.put(file, modified);
                log.warn("Rule-set file {} refused: {}", file.getFileName(), errors);
                return;
            }
            if (store(def, new Actor("file:" + file.getFileName(), ""), SOURCE_DIRECTORY)) {
                log.info("Rule set {} (effective {}) published from {}", def.version(), def.effectiveFrom(), file);
            }
        } catch (IOException | JacksonException e) {
            try {
                refusedFiles.put(file, Files.getLastModifiedTime(file).toMillis());
            } catch (IOException ignored) {
                refusedFiles.put(file, -1L);
            }
            log.warn("Rule-set file {} is not a readable rule-set definition: {}", file.getFileName(), e.getMessage());
        }
    }
}
