-- Issue 16: rate-limit budgets that hold across instances, and one audit entry per refused address and window.
-- Bucket4j bucket states (system.JdbcBucketProxyManager, compare-and-swap on the state bytes); a row per
-- limited key, removed once its bucket would be full again (expires_at, epoch milliseconds).
create table rate_limit_bucket (
    id         text primary key,
    state      bytea not null,
    expires_at bigint
);
create index rate_limit_bucket_expires_idx on rate_limit_bucket (expires_at);

-- The first rate-limit refusal of an address in a window is audited; the rest of that window are not.
create table rate_limit_refusal (
    kind         text not null,
    address      text not null,
    window_start timestamptz not null,
    primary key (kind, address, window_start)
);
create index rate_limit_refusal_window_idx on rate_limit_refusal (window_start);
