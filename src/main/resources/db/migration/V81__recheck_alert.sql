-- Re-checks of registered filings: one open alert per filing and rule; the rule set the last full run used.
create table recheck_alert (
    id            uuid primary key,
    filing_id     uuid not null references filing (id),
    filing_number text,
    provider_id   uuid not null,
    rule_id       text not null,
    clause        text not null,
    message       text not null,
    raised_at     timestamptz not null,
    status        text not null,
    closed_at     timestamptz,
    closed_by     text,
    comment       text,
    -- a dismissed alert keeps later runs quiet until its rule passes again (then this is set)
    cleared_at    timestamptz
);
create unique index recheck_alert_open_idx on recheck_alert (filing_id, rule_id) where status = 'OPEN';
create index recheck_alert_status_idx on recheck_alert (status, raised_at desc);

create table recheck_state (
    id                    int primary key check (id = 1),
    last_rule_set_version text,
    last_run_at           timestamptz
);
insert into recheck_state (id) values (1);
