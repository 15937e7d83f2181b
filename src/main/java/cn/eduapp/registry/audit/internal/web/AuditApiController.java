package cn.eduapp.registry.audit.internal.web;

import cn.eduapp.registry.audit.AuditEntry;
import cn.eduapp.registry.audit.AuditManagement;
import cn.eduapp.registry.audit.Verification;
import cn.eduapp.registry.shared.Role;
import cn.eduapp.registry.system.security.AllowedRoles;
import cn.eduapp.registry.system.web.ApiProblem;
import cn.eduapp.registry.system.web.PageQuery;
import cn.eduapp.registry.system.web.PageResult;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The trail of any entity and the chain's verification, for the city (API.md "Audit"). */
@RestController
@RequestMapping("/api/v1/audit")
@AllowedRoles(Role.CITY_REVIEWER)
class AuditApiController {

    private final AuditManagement audit;

    AuditApiController(AuditManagement audit) {
        this.audit = audit;
    }

    record Item(long seq, Instant at, String actor, String organisation, String action, String entityType,
                String entityId, String summary, String hash, String prevHash) {
        static Item of(AuditEntry e) {
            return new Item(e.seq(), e.at(), e.actor(), e.organisation(), e.action(), e.entityType(), e.entityId(),
                    e.summary(), e.hash(), e.prevHash());
        }
    }

    @GetMapping
    PageResult<Item> entries(@RequestParam(required = false) @Nullable String entityType,
                             @RequestParam(required = false) @Nullable String entityId,
                             @RequestParam(required = false) @Nullable Integer page,
                             @RequestParam(required = false) @Nullable Integer size) {
        PageQuery query = PageQuery.of(page, size);
        check("entityType", entityType);
        check("entityId", entityId);
        return audit.entries(entityType, entityId, query).map(Item::of);
    }

    @GetMapping("/verification")
    Verification verification() {
        return audit.verify();
    }

    private static void check(String field, @Nullable String value) {
        if (value != null && value.length() > 200) {
            throw ApiProblem.badField(field, "INVALID_VALUE", "查询条件过长（至多 200 个字符）");
        }
        if (value != null && value.chars().anyMatch(Character::isISOControl)) {
            throw ApiProblem.badField(field, "INVALID_VALUE", "查询条件含有控制字符");
        }
    }
}
