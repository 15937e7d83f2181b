package cn.eduapp.registry.system.security;

import cn.eduapp.registry.system.security.AccessRefused;

import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.AuditableEvent;

/**
 * A permission refusal (403): a signed-in caller asked for something its role or its organisation may
 * not do, or a page form came without its CSRF token. Audited on the caller's account, so the trail of
 * an account shows its logins, failures and refusals together. The path carries no query string (query
 * strings may hold access codes or personal data).
 */
public record AccessRefused(Actor actor, String accountId, String method, String path, int status)
        implements AuditableEvent {
    public String action() { return "ACCESS_REFUSED"; }
    public String entityType() { return "ACCOUNT"; }
    public String entityId() { return accountId; }
    public String summary() {
        return (status == 404 ? "拒绝访问(对象存在但不可见，答复 404) " : "拒绝访问 ") + method + " " + path;
    }
}
