-- The national mirror (issue 22): apps filed in other provinces (一省备案全国有效), kept by a scheduled sync
-- from the national platform, upserted by filing number (a change older than the stored one changes nothing).
-- Beijing's own filings are never here: they live in filing.
create table national_app (
    filing_number text primary key,
    app_name      text not null,
    provider_name text not null,
    credit_code   text,
    province      text not null,
    category      text,
    status        text not null check (status in ('REGISTERED', 'REVOKED', 'CANCELLED')),
    registered_at timestamptz,
    changed_at    timestamptz not null,
    synced_at     timestamptz not null
);
create index national_app_name_idx on national_app (lower(app_name));

create table national_app_platform (
    filing_number text not null references national_app (filing_number) on delete cascade,
    platform      text not null,
    identifier    text not null,
    primary key (filing_number, platform, identifier)
);
create index national_app_platform_key_idx on national_app_platform (platform, identifier);

-- One row per sync ('apps'): where it resumes (the cursor the national side gave last), what the last run did.
create table national_sync_state (
    name             text primary key,
    cursor           text,
    last_run_at      timestamptz,
    last_success_at  timestamptz,
    last_fetched     int not null default 0,
    last_upserted    int not null default 0,
    last_skipped     int not null default 0,
    last_error       text,
    last_error_at    timestamptz
);
insert into national_sync_state (name) values ('apps');
