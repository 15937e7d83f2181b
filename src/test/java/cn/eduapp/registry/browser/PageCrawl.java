package cn.eduapp.registry.browser;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a person meets on every page they can reach: which pages a crawl from the navigation opens, and
 * what each page must never show. The browser work is the caller's ({@link EveryPageBrowserIT}).
 */
final class PageCrawl {

    /**
     * A run of four or more capital letters or underscores standing alone: an enum name, not Chinese. A run
     * after a hyphen is the tail of an identifier (a complaint's tracking number TS20260930-KRVGBH).
     */
    static final Pattern RAW_CODE = Pattern.compile("(?<![A-Za-z0-9-])[A-Z][A-Z_]{3,}(?![A-Za-z0-9])");
    /** Names of formats and standards that Chinese text itself writes in capitals. */
    private static final java.util.Set<String> ACRONYMS = java.util.Set.of("JPEG", "JSON", "TOTP", "HTTP", "HTTPS");
    /** A message argument nobody filled. */
    static final Pattern UNFILLED = Pattern.compile("\\{\\d+}");
    /** Paths never followed: downloads, sign-out, machine formats, other sites. */
    private static final Pattern SKIP = Pattern.compile(
            "^/(logout|api/|v3/|swagger|actuator|webjars|css|js)|\\.(csv|atom|xlsx|pdf|apk|json|png)(\\?|$)|/(pdf|certificate)(\\?|$)|/download|/file|/materials/|/commitment-letter");
    private static final Pattern ID = Pattern.compile("/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|/\\d+");

    private final int limit;
    private final Set<String> seenShapes = new LinkedHashSet<>();
    private final Deque<String> queue = new ArrayDeque<>();
    final List<String> visited = new ArrayList<>();

    PageCrawl(int limit) {
        this.limit = limit;
    }

    /** Walks breadth-first from the given paths; {@code open} loads a path and answers the links on it. */
    void walk(List<String> start, Function<String, List<String>> open) {
        start.forEach(this::offer);
        while (!queue.isEmpty() && visited.size() < limit) {
            String path = queue.poll();
            visited.add(path);
            open.apply(path).forEach(this::offer);
        }
    }

    private void offer(String href) {
        String path = localPath(href);
        if (path == null || SKIP.matcher(path).find()) {
            return;
        }
        // one page of each shape: /filings/1 and /filings/2 are the same page with other data
        String shape = ID.matcher(path.replaceAll("[?&]page=\\d+", "")).replaceAll("/{id}");
        if (seenShapes.add(shape)) {
            queue.add(path);
        }
    }

    static String localPath(String href) {
        if (href == null || href.isBlank() || href.startsWith("#") || href.startsWith("mailto:") || href.startsWith("javascript:")) {
            return null;
        }
        try {
            URI uri = URI.create(href);
            if (uri.getHost() != null && !"localhost".equals(uri.getHost())) {
                return null;
            }
            String path = uri.getRawPath();
            if (path == null || path.isEmpty()) {
                return null;
            }
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Every raw code and unfilled argument in a page's visible text (code elements already removed). */
    static List<String> wordsNotForPeople(String text) {
        List<String> found = new ArrayList<>();
        for (Pattern p : List.of(RAW_CODE, UNFILLED)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                if (ACRONYMS.contains(m.group()) || m.group().chars().distinct().count() == 1) {
                    continue; // a format name, or a placeholder such as NNNNN for "five digits"
                }
                int from = Math.max(0, m.start() - 12);
                int to = Math.min(text.length(), m.end() + 12);
                found.add(m.group() + " in «" + text.substring(from, to).replace('\n', ' ') + "»");
            }
        }
        return found;
    }
}
