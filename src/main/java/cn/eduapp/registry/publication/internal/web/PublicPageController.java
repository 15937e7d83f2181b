package cn.eduapp.registry.publication.internal.web;

import cn.eduapp.registry.certificate.CertificateManagement;
import cn.eduapp.registry.publication.internal.persistence.PublicQueries;
import cn.eduapp.registry.publication.internal.persistence.PublicQueries.WhitelistItem;
import cn.eduapp.registry.rules.Category;
import cn.eduapp.registry.shared.Beijing;
import cn.eduapp.registry.system.web.ApiProblem;
import cn.eduapp.registry.system.web.PageQuery;
import cn.eduapp.registry.system.web.PageResult;
import cn.eduapp.registry.transparency.TransparencyManagement;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** 公示专栏 for people: the white list with search, the black list, one filing; no login. */
@Controller
class PublicPageController {

    private final PublicQueries queries;
    private final Clock clock;
    private final TransparencyManagement log;
    private final CertificateManagement certificates;
    private final WhitelistRows rows;

    PublicPageController(PublicQueries queries, Clock clock, TransparencyManagement log, CertificateManagement certificates,
                         WhitelistRows rows) {
        this.rows = rows;
        this.log = log;
        this.certificates = certificates;
        this.queries = queries;
        this.clock = clock;
    }

    @GetMapping("/public/whitelist")
    String whitelist(@RequestParam(required = false) String q, @RequestParam(name = "category", required = false) String categoryParam,
                     @RequestParam(name = "page", required = false) String pageParam, Model model) {
        String query = q == null ? "" : q.strip();
        Category category = parse(categoryParam);
        Integer page = number(pageParam);
        PageResult<WhitelistItem> result = queries.whitelist(query, category == null ? null : category.name(), PageQuery.of(page, 20));
        model.addAttribute("result", result);
        model.addAttribute("rows", rows.of(result.items()));
        model.addAttribute("q", query);
        model.addAttribute("category", category);
        model.addAttribute("categories", Category.values());
        return "publication/whitelist";
    }

    @GetMapping("/public/blacklist")
    String blacklist(@RequestParam(name = "page", required = false) String pageParam, Model model) {
        model.addAttribute("result", queries.blacklist(Beijing.today(clock), PageQuery.of(number(pageParam), 20)));
        return "publication/blacklist";
    }

    @GetMapping("/public/filings/{filingNumber}")
    String filing(@PathVariable String filingNumber, Model model) {
        model.addAttribute("filing", queries.filing(filingNumber).orElseThrow(ApiProblem::notFound));
        model.addAttribute("logIndex", log.latestIndexBehind(List.of(filingNumber)).get(filingNumber));
        model.addAttribute("certificate", certificates.currentByNumber(filingNumber).orElse(null));
        return "publication/filing";
    }

    /** Pages are typed into address bars: a value that is not one of ours just means "all". */
    private static @Nullable Category parse(@Nullable String category) {
        if (category == null || category.isBlank()) {
            return null;
        }
        try {
            return Category.valueOf(category.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static @Nullable Integer number(@Nullable String page) {
        if (page == null || page.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(page.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
