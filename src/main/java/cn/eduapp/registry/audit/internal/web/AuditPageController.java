package cn.eduapp.registry.audit.internal.web;

import cn.eduapp.registry.audit.AuditManagement;
import cn.eduapp.registry.shared.Role;
import cn.eduapp.registry.system.security.AllowedRoles;
import cn.eduapp.registry.system.web.PageQuery;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 审计日志: the city searches the trail of any entity and verifies the chain. */
@Controller
@AllowedRoles(Role.CITY_REVIEWER)
class AuditPageController {

    static final String[] ENTITY_TYPES = {"FILING", "PROVIDER", "ACCOUNT", "LICENCE", "RECTIFICATION", "COMPLAINT",
            "USAGE_FILING", "TAKEDOWN_NOTICE"};

    private final AuditManagement audit;

    AuditPageController(AuditManagement audit) {
        this.audit = audit;
    }

    @GetMapping("/audit")
    String trail(@RequestParam(required = false) @Nullable String entityType,
                 @RequestParam(required = false) @Nullable String entityId,
                 @RequestParam(required = false) @Nullable Integer page,
                 @RequestParam(required = false) @Nullable String verify, Model model) {
        String type = entityType == null ? "" : entityType.trim();
        String id = entityId == null ? "" : entityId.trim();
        // control characters (PostgreSQL refuses NUL in text) cannot be in any id: drop them
        type = type.replaceAll("\\p{Cntrl}", "");
        id = id.replaceAll("\\p{Cntrl}", "");
        if (type.length() > 200) {
            type = type.substring(0, 200);
        }
        if (id.length() > 200) {
            id = id.substring(0, 200);
        }
        model.addAttribute("result", audit.entries(type, id, PageQuery.of(page, 20)));
        model.addAttribute("entityType", type);
        model.addAttribute("entityId", id);
        model.addAttribute("entityTypes", ENTITY_TYPES);
        if (verify != null) {
            model.addAttribute("verification", audit.verify());
        }
        return "audit/trail";
    }
}
