package cn.eduapp.registry.national.internal.mirror;

import cn.eduapp.registry.national.NationalApp;
import cn.eduapp.registry.national.NationalAppStatus;
import cn.eduapp.registry.national.NationalPlatform;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;

/**
 * {@code in-system} mode: apps "filed in other provinces" from a CSV ({@code <data-dir>/national/apps.csv}, or in the
 * demo {@code classpath:national/demo-apps.csv}), handed out like the national interface would: the rows changed
 * after the cursor (an instant, {@code changedAt}), oldest first. Columns: filingNumber, appName, providerName,
 * creditCode, province, category, status, platforms ({@code TYPE:identifier;…}), registeredAt, changedAt.
 */
public class CsvMirrorSource implements MirrorSource {

    public static final String DEMO = "national/demo-apps.csv";

    private final Path file;
    private final boolean demo;

    public CsvMirrorSource(Path file, boolean demo) {
        this.file = file;
        this.demo = demo;
    }

    @Override
    public Page fetch(@Nullable String since, int limit) {
        Instant after = Instant.MIN;
        try {
            after = since == null || since.isBlank() ? Instant.MIN : parse(since);
        } catch (DateTimeParseException e) {
            // a cursor of another source (the mode changed): read everything again, the upsert is idempotent
        }
        Instant from = after;
        List<NationalApp> newer = read().stream().filter(a -> a.changedAt().isAfter(from))
                .sorted(Comparator.comparing(NationalApp::changedAt).thenComparing(NationalApp::filingNumber)).toList();
        if (newer.isEmpty()) {
            return new Page(List.of(), since);
        }
        int end = Math.min(limit, newer.size());
        Instant last = newer.get(end - 1).changedAt();
        while (end < newer.size() && newer.get(end).changedAt().equals(last)) {
            end++; // a page never splits one instant: the cursor is that instant
        }
        return new Page(newer.subList(0, end), last.toString());
    }

    @Override
    public String describe() {
        return Files.exists(file) || !demo ? file.toString() : "classpath:" + DEMO;
    }

    private List<NationalApp> read() {
        try {
            if (Files.exists(file)) {
                try (InputStream in = Files.newInputStream(file)) {
                    return parse(in);
                }
            }
            if (demo) {
                try (InputStream in = new ClassPathResource(DEMO).getInputStream()) {
                    return parse(in);
                }
            }
            return List.of();
        } catch (IOException e) {
            throw new SourceUnavailable("national.sync.error.csv", e, describe());
        }
    }

    private List<NationalApp> parse(InputStream in) throws IOException {
        List<NationalApp> apps = new ArrayList<>();
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
            for (CSVRecord r : format.parse(reader)) {
                try {
                    apps.add(new NationalApp(r.get("filingNumber"), r.get("appName"), r.get("providerName"),
                            blank(r.get("creditCode")), r.get("province"), blank(r.get("category")),
                            NationalAppStatus.valueOf(r.get("status")), platforms(r.get("platforms")),
                            blank(r.get("registeredAt")) == null ? null : parse(r.get("registeredAt")), parse(r.get("changedAt"))));
                } catch (IllegalArgumentException | DateTimeParseException e) {
                    throw new SourceUnavailable("national.sync.error.csvLine", e, r.getRecordNumber() + 1);
                }
            }
        }
        return apps;
    }

    private static List<NationalPlatform> platforms(String text) {
        List<NationalPlatform> list = new ArrayList<>();
        for (String p : text.split(";")) {
            int colon = p.indexOf(':');
            if (colon > 0) {
                list.add(new NationalPlatform(p.substring(0, colon).trim(), p.substring(colon + 1).trim()));
            }
        }
        return list;
    }

    private static @Nullable String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static Instant parse(String s) {
        return Instant.parse(s.trim());
    }
}
