-- Organisations and their accounts; API tokens stored only as hashes. Institutions form a tree
-- (city -> district -> school) through parent_id.
create table organisation (
    id         uuid primary key,
    kind       text not null check (kind in ('AGENCY', 'PROVIDER', 'INSTITUTION', 'APP_STORE')),
    name       text not null,
    parent_id  uuid references organisation (id),
    created_at timestamptz not null default now()
);
create index organisation_parent_idx on organisation (parent_id);

create table account (
    id                  uuid primary key,
    organisation_id     uuid not null references organisation (id),
    username            text not null unique,
    password_hash       text not null,
    roles               text[] not null,
    enabled             boolean not null default true,
    password_changed_at timestamptz not null,
    failed_attempts     int not null default 0,
    first_failed_at     timestamptz,
    locked_until        timestamptz,
    created_at          timestamptz not null default now()
);
create index account_organisation_idx on account (organisation_id);

create table api_token (
    token_hash   text primary key,
    account_id   uuid not null references account (id),
    issued_at    timestamptz not null,
    expires_at   timestamptz not null,
    last_used_at timestamptz not null,
    staff        boolean not null,
    revoked_at   timestamptz
);
create index api_token_account_idx on api_token (account_id);
