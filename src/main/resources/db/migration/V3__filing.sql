-- App filings (提供者备案), their append-only history, and the gap-free filing-number counter.
create table filing (
    id            uuid primary key,
    provider_id   uuid not null references provider (id),
    provider_name text not null,
    status        text not null,
    filing_number text unique,
    app_name      text not null,
    app           jsonb not null,
    category      text,
    precheck      jsonb,
    created_at    timestamptz not null,
    updated_at    timestamptz not null,
    submitted_at  timestamptz,
    registered_at timestamptz,
    revoked_at    timestamptz,
    version       int not null default 0
);
create index filing_provider_idx on filing (provider_id, created_at desc);
create index filing_status_idx on filing (status, created_at desc);
create index filing_submitted_idx on filing (created_at desc) where submitted_at is not null;

create table filing_history (
    id          bigserial primary key,
    filing_id   uuid not null references filing (id),
    at          timestamptz not null,
    actor       text not null,
    action      text not null,
    from_status text,
    to_status   text not null,
    comment     text
);
create index filing_history_filing_idx on filing_history (filing_id, id);

-- One row per region; incremented inside the registering transaction, so a rolled-back registration
-- gives its number back and the sequence stays gap-free.
create table filing_number_counter (
    region     char(2) primary key,
    last_value int not null
);
insert into filing_number_counter (region, last_value) values ('11', 0);
