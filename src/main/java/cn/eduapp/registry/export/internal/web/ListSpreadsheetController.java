package cn.eduapp.registry.export.internal.web;

import cn.eduapp.registry.complaint.ComplaintFilter;
import cn.eduapp.registry.complaint.ComplaintManagement;
import cn.eduapp.registry.complaint.ComplaintStatus;
import cn.eduapp.registry.enforcement.RectificationManagement;
import cn.eduapp.registry.enforcement.RectificationStatus;
import cn.eduapp.registry.filing.FilingManagement;
import cn.eduapp.registry.filing.FilingStatus;
import cn.eduapp.registry.shared.CurrentUser;
import cn.eduapp.registry.shared.Role;
import cn.eduapp.registry.system.security.AllowedRoles;
import cn.eduapp.registry.system.web.Messages;
import cn.eduapp.registry.system.web.PageQuery;
import cn.eduapp.registry.system.web.PageResult;
import cn.eduapp.registry.system.data.Xlsx;
import cn.eduapp.registry.usage.DistrictUsage;
import cn.eduapp.registry.usage.UsageManagement;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code GET /api/v1/filings.xlsx}, {@code /api/v1/complaints.xlsx}, {@code /api/v1/rectifications.xlsx},
 * {@code /api/v1/districts.xlsx} (and the same paths without {@code /api/v1} for page sessions): the lists
 * of the JSON endpoints, same roles, same filters, same visibility (the facades decide), every page of them.
 * A REST controller for both paths, so refusals are problem details (API.md) for the page links too.
 */
@RestController
class ListSpreadsheetController {

    static final int PAGE = PageQuery.MAX_SIZE;

    private final FilingManagement filings;
    private final ComplaintManagement complaints;
    private final RectificationManagement enforcement;
    private final UsageManagement usage;
    private final Messages messages;

    ListSpreadsheetController(FilingManagement filings, ComplaintManagement complaints, RectificationManagement enforcement,
                              UsageManagement usage, Messages messages) {
        this.filings = filings;
        this.complaints = complaints;
        this.enforcement = enforcement;
        this.usage = usage;
        this.messages = messages;
    }

    @GetMapping({"/api/v1/filings.xlsx", "/filings.xlsx"})
    @AllowedRoles({Role.PROVIDER, Role.CITY_REVIEWER, Role.MOE_REVIEWER, Role.CA_OFFICER, Role.CAC_OFFICER})
    void filings(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) @Nullable FilingStatus status,
                 @RequestParam(required = false) @Nullable String q, HttpServletResponse response) throws IOException {
        try (Xlsx xlsx = open(response, "filings", "备案", List.of("备案编号", "应用名称", "提供者", "类别", "状态",
                "创建时间", "提交时间", "备案时间"))) {
            pages(p -> filings.list(user, status, q, new PageQuery(p, PAGE)), f -> xlsx.row(f.filingNumber(), f.appName(),
                    f.provider().name(), f.category() == null ? null : messages.get("category." + f.category().name()),
                    messages.get("filing.status." + f.status().name()), f.createdAt(), f.submittedAt(), f.registeredAt()));
        }
    }

    @GetMapping({"/api/v1/complaints.xlsx", "/complaints.xlsx"})
    @AllowedRoles({Role.CITY_REVIEWER, Role.MOE_REVIEWER, Role.CA_OFFICER, Role.CAC_OFFICER})
    void complaints(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) @Nullable ComplaintStatus status,
                    @RequestParam(required = false) @Nullable Boolean overdue, HttpServletResponse response) throws IOException {
        ComplaintFilter filter = new ComplaintFilter(status, null, null, Boolean.TRUE.equals(overdue), null);
        try (Xlsx xlsx = open(response, "complaints", "投诉", List.of("受理编号", "类别", "应用名称", "状态", "承办部门",
                "受理时间", "办理期限", "是否逾期", "未备案应用"))) {
            pages(p -> complaints.list(user, filter, new PageQuery(p, PAGE)), c -> xlsx.row(c.trackingNumber(),
                    messages.get("complaint.category." + c.category().name()), c.appName(),
                    messages.get("complaint.status." + c.status().name()), messages.get("complaint.agency." + c.agency().name()),
                    c.receivedAt(), c.dueAt(), c.overdue() ? "是" : "否", c.unfiledApp() ? "是" : "否"));
        }
    }

    @GetMapping({"/api/v1/rectifications.xlsx", "/rectifications.xlsx"})
    @AllowedRoles({Role.PROVIDER, Role.CITY_REVIEWER, Role.MOE_REVIEWER, Role.CA_OFFICER, Role.CAC_OFFICER})
    void orders(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) @Nullable RectificationStatus status,
                HttpServletResponse response) throws IOException {
        try (Xlsx xlsx = open(response, "rectifications", "整改通知", List.of("备案编号", "应用名称", "提供者", "原因", "依据",
                "状态", "整改期限", "下达时间", "反馈时间", "办结时间"))) {
            pages(p -> enforcement.list(user, null, status, new PageQuery(p, PAGE)), o -> xlsx.row(o.filingNumber(),
                    o.appName(), o.providerName(), o.reason(), o.clause(), messages.get("enforcement.status." + o.status().name()),
                    o.deadline(), o.createdAt(), o.respondedAt(), o.closedAt()));
        }
    }

    @GetMapping({"/api/v1/districts.xlsx", "/districts.xlsx"})
    @AllowedRoles({Role.CITY_REVIEWER, Role.MOE_REVIEWER, Role.CA_OFFICER, Role.CAC_OFFICER})
    void districts(HttpServletResponse response) throws IOException {
        try (Xlsx xlsx = open(response, "districts", "各区使用情况", List.of("区", "区划代码", "学校数", "在用使用者备案",
                "在用应用数", "待处理"))) {
            for (DistrictUsage d : usage.districts()) {
                xlsx.row(d.name(), d.districtCode(), d.schools(), d.liveFilings(), d.apps(), d.actionRequired());
            }
        }
    }

    private static <T> void pages(IntFunction<PageResult<T>> page, Consumer<T> each) {
        for (int p = 0; ; p++) {
            PageResult<T> r = page.apply(p);
            r.items().forEach(each);
            if (r.items().size() < PAGE) {
                return;
            }
        }
    }

    private static Xlsx open(HttpServletResponse response, String file, String sheet, List<String> header) throws IOException {
        response.setContentType(Xlsx.MEDIA_TYPE.toString());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(file + ".xlsx", StandardCharsets.UTF_8).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        return Xlsx.open(response.getOutputStream(), sheet, header);
    }
}
