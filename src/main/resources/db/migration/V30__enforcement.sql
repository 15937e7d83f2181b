-- Enforcement (京教信〔2022〕5号 四、五): rectification orders with deadlines that escalate on their own,
-- takedown notices to every app store with each store's acknowledgement, and the CA's ICP orders.
-- Filings and providers stay in their modules' tables; these rows refer to them by id.

create table rectification_order (
    id            uuid primary key,
    filing_id     uuid not null,
    provider_id   uuid not null,
    filing_number text,
    app_name      text not null,
    provider_name text not null,
    reason        text not null,
    clause        text not null,
    deadline      timestamptz not null,
    alert_id      text,
    status        text not null check (status in ('OPEN', 'RESPONDED', 'CLOSED', 'OVERDUE', 'REFUSED')),
    response      text,
    responded_at  timestamptz,
    created_at    timestamptz not null,
    created_by    text not null,
    closed_at     timestamptz,
    version       int not null default 0
);
-- at most one order per filing is open (API.md): the database says so too, so two reviewers cannot race
create unique index rectification_one_open_per_filing on rectification_order (filing_id)
    where status in ('OPEN', 'RESPONDED');
-- the sweep's question: which open orders are past their deadline
create index rectification_open_deadline_idx on rectification_order (deadline) where status = 'OPEN';
create index rectification_provider_idx on rectification_order (provider_id, created_at desc);
create index rectification_status_idx on rectification_order (status, created_at desc);

create table rectification_history (
    id          bigserial primary key,
    order_id    uuid not null references rectification_order (id),
    at          timestamptz not null,
    actor       text not null,
    action      text not null,
    from_status text,
    to_status   text not null,
    comment     text
);
create index rectification_history_order_idx on rectification_history (order_id, id);

create table takedown_notice (
    id            uuid primary key,
    filing_id     uuid,
    filing_number text not null,
    app_name      text not null,
    provider_name text,
    platforms     jsonb not null,
    reason        text not null,
    cause         text not null check (cause in ('MANUAL', 'REVOCATION', 'BLACKLISTING')),
    order_id      uuid references rectification_order (id),
    issued_at     timestamptz not null,
    issued_by     text not null
);
create index takedown_notice_issued_idx on takedown_notice (issued_at desc);
create index takedown_notice_filing_idx on takedown_notice (filing_number);

-- one row per notice and app store: who acknowledged (and how), who is still silent, who was reminded
create table takedown_delivery (
    notice_id       uuid not null references takedown_notice (id),
    platform_id     uuid not null,
    platform_name   text not null,
    action          text check (action in ('REMOVED', 'NOT_LISTED')),
    acknowledged_at timestamptz,
    acknowledged_by text,
    reminded_at     timestamptz,
    primary key (notice_id, platform_id)
);
create index takedown_delivery_inbox_idx on takedown_delivery (platform_id, notice_id) where action is null;
create index takedown_delivery_silent_idx on takedown_delivery (notice_id) where action is null and reminded_at is null;

-- 四(二): the communications administration's ICP orders against a filing, visible to the city
create table icp_order (
    id            uuid primary key,
    filing_id     uuid not null,
    filing_number text,
    app_name      text not null,
    provider_name text not null,
    kind          text not null check (kind in ('RECTIFY', 'SHUTDOWN')),
    reason        text not null,
    deadline      timestamptz,
    issued_at     timestamptz not null,
    issued_by     text not null,
    check (kind <> 'RECTIFY' or deadline is not null)
);
create index icp_order_issued_idx on icp_order (issued_at desc);
create index icp_order_filing_idx on icp_order (filing_id);
