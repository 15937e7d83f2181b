-- Changes to a registered filing (变更): a proposed declaration reviewed by the city while the registered
-- declaration stays in force. At most one open revision per filing.
create table filing_revision (
    id           uuid primary key,
    filing_id    uuid not null references filing (id),
    status       text not null,
    app          jsonb not null,
    precheck     jsonb,
    created_by   text not null,
    created_at   timestamptz not null,
    submitted_at timestamptz,
    decided_at   timestamptz,
    decided_by   text,
    comment      text,
    version      int not null default 0
);
create unique index filing_revision_open_idx on filing_revision (filing_id)
    where status in ('DRAFT', 'CITY_REVIEW', 'RETURNED');
create index filing_revision_queue_idx on filing_revision (status, submitted_at desc);
