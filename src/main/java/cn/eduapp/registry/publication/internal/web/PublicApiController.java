package cn.eduapp.registry.publication.internal.web;

import cn.eduapp.registry.publication.internal.AtomFeed;
import cn.eduapp.registry.publication.internal.Exports;
import cn.eduapp.registry.publication.internal.persistence.PublicQueries;
import cn.eduapp.registry.publication.internal.SpreadsheetExports;
import cn.eduapp.registry.rules.Category;
import cn.eduapp.registry.shared.Beijing;
import cn.eduapp.registry.system.web.ApiProblem;
import cn.eduapp.registry.system.web.PageQuery;
import cn.eduapp.registry.system.web.PageResult;
import cn.eduapp.registry.transparency.ShownChange;
import cn.eduapp.registry.transparency.TransparencyManagement;
import cn.eduapp.registry.system.data.Xlsx;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/** The public API of the lists (no login): JSON lists, CSV exports and their .xlsx twins, the Atom feed. */
@RestController
@RequestMapping("/api/v1/public")
class PublicApiController {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    static final MediaType ATOM = new MediaType("application", "atom+xml", StandardCharsets.UTF_8);
    static final int FEED_ENTRIES = 200;

    private final PublicQueries queries;
    private final Exports exports;
    private final AtomFeed atom;
    private final SpreadsheetExports spreadsheets;
    private final Clock clock;
    private final cn.eduapp.registry.system.web.PublicBaseUrl baseUrl;
    private final TransparencyManagement log;

    PublicApiController(PublicQueries queries, Exports exports, AtomFeed atom, SpreadsheetExports spreadsheets, Clock clock,
                        cn.eduapp.registry.system.web.PublicBaseUrl baseUrl, TransparencyManagement log) {
        this.baseUrl = baseUrl;
        this.log = log;
        this.queries = queries;
        this.exports = exports;
        this.atom = atom;
        this.spreadsheets = spreadsheets;
        this.clock = clock;
    }

    @GetMapping("/whitelist")
    PageResult<PublicQueries.WhitelistItem> whitelist(@RequestParam(required = false) String q,
                                                      @RequestParam(required = false) Category category,
                                                      @RequestParam(required = false) Integer page,
                                                      @RequestParam(required = false) Integer size) {
        return queries.whitelist(q, category == null ? null : category.name(), PageQuery.of(page, size));
    }

    @GetMapping("/blacklist")
    PageResult<PublicQueries.BlacklistItem> blacklist(@RequestParam(required = false) Integer page,
                                                      @RequestParam(required = false) Integer size) {
        return queries.blacklist(Beijing.today(clock), PageQuery.of(page, size));
    }

    @GetMapping("/filings/{filingNumber}")
    PublicQueries.PublicFiling filing(@PathVariable String filingNumber) {
        return queries.filing(filingNumber).orElseThrow(ApiProblem::notFound);
    }

    @GetMapping("/whitelist.csv")
    ResponseEntity<byte[]> whitelistCsv(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                        WebRequest request) {
        return conditional(request, "whitelist", asOf, CSV, fileName("whitelist", asOf),
                () -> exports.whitelistCsv(queries.whitelistRows(asOf == null ? null : Exports.endOf(asOf))));
    }

    @GetMapping("/blacklist.csv")
    ResponseEntity<byte[]> blacklistCsv(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                        WebRequest request) {
        LocalDate day = asOf == null ? Beijing.today(clock) : asOf;
        return conditional(request, "blacklist", asOf, CSV, fileName("blacklist", asOf),
                () -> exports.blacklistCsv(queries.blacklistRows(day, asOf == null)));
    }

    @GetMapping("/whitelist.xlsx")
    void whitelistXlsx(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                       HttpServletResponse response) throws IOException {
        attachment(response, fileName("whitelist", asOf, "xlsx"));
        spreadsheets.whitelist(asOf == null ? null : Exports.endOf(asOf), response.getOutputStream());
    }

    @GetMapping("/blacklist.xlsx")
    void blacklistXlsx(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                       HttpServletResponse response) throws IOException {
        attachment(response, fileName("blacklist", asOf, "xlsx"));
        spreadsheets.blacklist(asOf == null ? Beijing.today(clock) : asOf, asOf == null, response.getOutputStream());
    }

    /** Streamed as written: no length, no ETag (the CSV twin has them). */
    private static void attachment(HttpServletResponse response, String fileName) {
        response.setContentType(Xlsx.MEDIA_TYPE.toString());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
    }

    @GetMapping("/changes.atom")
    ResponseEntity<byte[]> changes(WebRequest request) {
        String base = baseUrl.value(); // registry.public-base-url: the Host header is never reflected
        return conditional(request, "changes", null, ATOM, null,
                () -> {
                    List<PublicQueries.Change> changes = queries.changes(FEED_ENTRIES);
                    return atom.atom(changes, log.indexBehind(changes.stream().map(c -> new ShownChange(c.kind(),
                            c.filingNumber(), c.creditCode(), c.at())).toList()), clock.instant(), base);
                });
    }

    /**
     * ETag and Last-Modified from the read models' version (bumped by every change) and, for the live
     * lists, today's date (a ban ends at midnight without an event); 304 when the client has it.
     */
    private ResponseEntity<byte[]> conditional(WebRequest request, String kind, @Nullable LocalDate asOf, MediaType type,
                                               @Nullable String fileName, Supplier<String> body) {
        PublicQueries.State state = queries.state();
        String etag = "\"" + kind + "-" + state.version() + "-" + (asOf == null ? "live-" + Beijing.today(clock) : asOf) + "\"";
        long lastModified = state.changedAt().toEpochMilli();
        if (request.checkNotModified(etag, lastModified)) {
            return ResponseEntity.status(304).eTag(etag).lastModified(state.changedAt()).build();
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(type);
        headers.setETag(etag);
        headers.setLastModified(state.changedAt());
        headers.setCacheControl(CacheControl.maxAge(0, TimeUnit.SECONDS).mustRevalidate().cachePublic());
        if (fileName != null) {
            headers.setContentDisposition(ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build());
        }
        return ResponseEntity.ok().headers(headers).body(body.get().getBytes(StandardCharsets.UTF_8));
    }

    private static String fileName(String list, @Nullable LocalDate asOf) {
        return fileName(list, asOf, "csv");
    }

    private static String fileName(String list, @Nullable LocalDate asOf, String extension) {
        return list + (asOf == null ? "" : "-" + asOf) + "." + extension;
    }

}
