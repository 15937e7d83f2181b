package cn.eduapp.registry.system.security;

import cn.eduapp.registry.system.security.RateLimited;

import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.AuditableEvent;

/**
 * A rate limit refused an address (or an account) in a window: audited once per address, limit and
 * window, not once per request, so a flood leaves one entry and cannot flood the trail. The entity is
 * the account when there is one, else the client address.
 */
public record RateLimited(Actor actor, String accountId, String limit, String address, String path)
        implements AuditableEvent {
    public String action() { return "RATE_LIMITED"; }
    public String entityType() { return accountId.isEmpty() ? "CLIENT" : "ACCOUNT"; }
    public String entityId() { return accountId.isEmpty() ? address : accountId; }
    public String summary() { return "请求过于频繁被拒绝(" + limit + ") " + address + " " + path; }
}
