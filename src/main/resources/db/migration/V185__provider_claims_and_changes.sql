-- Issue 21 (points 2 and 5): claim codes for imported providers, provider-level change requests and closing.
alter table provider add column legal_representative text;
alter table provider add column address text;
alter table provider add column closed_at timestamptz;

-- One live claim code per provider (a new one replaces the old); only its hash is kept.
create table provider_claim_code (
    provider_id     uuid primary key references provider (id),
    code_hash       text not null,
    issued_at       timestamptz not null,
    issued_by       text not null,
    expires_at      timestamptz not null,
    used_at         timestamptz,
    failed_attempts int not null default 0,
    first_failed_at timestamptz,
    locked_until    timestamptz
);

-- A provider asks to change its particulars (CHANGE) or to close (CLOSURE); the city decides.
create table provider_change_request (
    id                   uuid primary key,
    provider_id          uuid not null references provider (id),
    kind                 text not null check (kind in ('CHANGE', 'CLOSURE')),
    name                 text,
    legal_representative text,
    address              text,
    contact_name         text,
    contact_phone        text,
    contact_email        text,
    reason               text,
    status               text not null default 'PENDING' check (status in ('PENDING', 'APPROVED', 'REJECTED')),
    requested_by         text not null,
    requested_at         timestamptz not null,
    decided_by           text,
    decided_at           timestamptz,
    decision_comment     text
);
create unique index provider_change_request_one_pending on provider_change_request (provider_id, kind)
    where status = 'PENDING';
create index provider_change_request_queue on provider_change_request (requested_at) where status = 'PENDING';
