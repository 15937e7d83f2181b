package cn.eduapp.registry.national.internal.web;

import cn.eduapp.registry.national.NationalApp;
import cn.eduapp.registry.national.NationalMirror;
import cn.eduapp.registry.national.NationalSyncState;
import cn.eduapp.registry.shared.Role;
import cn.eduapp.registry.system.security.AllowedRoles;
import cn.eduapp.registry.system.web.PageQuery;
import cn.eduapp.registry.system.web.PageResult;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The national mirror over the API: the public lookup (no login) and the sync's state for the city. */
@RestController
class NationalApiController {

    private final NationalMirror mirror;

    NationalApiController(NationalMirror mirror) {
        this.mirror = mirror;
    }

    /** 全国备案查询: apps filed in other provinces; {@code q} an app or provider name, a filing number, credit code or identifier. */
    @GetMapping("/api/v1/public/national-apps")
    PageResult<NationalApp> lookup(@RequestParam(required = false) @Nullable String q,
                                   @RequestParam(required = false) @Nullable Integer page,
                                   @RequestParam(required = false) @Nullable Integer size) {
        String query = q == null ? null : q.strip();
        return mirror.search(query != null && query.length() > 100 ? query.substring(0, 100) : query, PageQuery.of(page, size));
    }

    @GetMapping("/api/v1/national/sync")
    @AllowedRoles(Role.CITY_REVIEWER)
    NationalSyncState state() {
        return mirror.syncState();
    }

    /** Runs the sync now (nothing happens while it runs on another instance); the state after it. */
    @PostMapping("/api/v1/national/sync")
    @AllowedRoles(Role.CITY_REVIEWER)
    NationalSyncState syncNow() {
        return mirror.syncNow();
    }
}
