-- The public column's read models (公示专栏), fed by filing and provider events after commit. The public
-- side reads only these tables, never the workflow tables: the white list, the black list with its
-- history, the validity periods that make dated (asOf) exports exact, the change log behind the Atom
-- feed, and the verification index (one row per platform + identifier, so verify is one lookup).
create extension if not exists pg_trgm;

create table pub_provider (
    provider_id text primary key,
    name        text not null,
    credit_code text not null,
    banned      boolean not null default false
);

-- one row per filing that has a number: what the public may know of it
create table pub_filing (
    filing_id     text primary key,
    filing_number text not null unique,
    provider_id   text not null,
    provider_name text not null,
    credit_code   text not null,
    app_name      text not null,
    category      text,
    platforms     text[] not null,          -- TYPE:identifier
    status        text not null,
    registered_at timestamptz,
    revoked_at    timestamptz,
    listed        boolean not null,         -- on the white list now
    name_grams    text[] not null,          -- 1- and 2-character substrings of both names, lower case
    updated_at    timestamptz not null
);
create index pub_filing_listed_idx on pub_filing (registered_at desc) where listed;
create index pub_filing_provider_idx on pub_filing (provider_id);
-- substring search: trigrams answer queries of 3+ characters, the gram array 1 and 2 characters
create index pub_filing_app_trgm_idx on pub_filing using gin (app_name gin_trgm_ops);
create index pub_filing_provider_trgm_idx on pub_filing using gin (provider_name gin_trgm_ops);
create index pub_filing_grams_idx on pub_filing using gin (name_grams);

create table pub_filing_platform (
    filing_id  text not null references pub_filing (filing_id),
    platform   text not null,
    identifier text not null,
    primary key (filing_id, platform, identifier)
);
create index pub_filing_platform_key_idx on pub_filing_platform (platform, identifier);

-- white-list membership with the row as shown, valid from .. to (null: still on the list)
create table pub_whitelist_period (
    id            bigserial primary key,
    filing_id     text not null,
    filing_number text not null,
    app_name      text not null,
    provider_name text not null,
    credit_code   text not null,
    category      text,
    platforms     text[] not null,
    status        text not null,
    registered_at timestamptz,
    valid_from    timestamptz not null,
    valid_to      timestamptz
);
create unique index pub_whitelist_period_open_idx on pub_whitelist_period (filing_id) where valid_to is null;
create index pub_whitelist_period_time_idx on pub_whitelist_period (valid_from, valid_to);

-- every listing on the black list; ended_at is set when the ban is lifted or replaced by a longer one
create table pub_blacklist_entry (
    id            bigserial primary key,
    provider_id   text not null,
    provider_name text not null,
    credit_code   text not null,
    app_names     text[] not null,
    reason        text not null,
    clause        text not null,
    listed_on     date not null,
    ban_until     date not null,
    listed_at     timestamptz not null,
    ended_at      timestamptz
);
create unique index pub_blacklist_running_idx on pub_blacklist_entry (provider_id) where ended_at is null;
create index pub_blacklist_time_idx on pub_blacklist_entry (listed_at, ended_at);

-- the feed: one row per list change; event_key makes a redelivered event harmless
create table pub_change (
    id            bigserial primary key,
    event_key     text not null unique,
    at            timestamptz not null,
    kind          text not null,
    filing_number text,
    credit_code   text,
    app_name      text,
    provider_name text not null,
    detail        text
);
create index pub_change_at_idx on pub_change (at desc, id desc);

-- verification index: the answer for one platform + identifier, computed when something changes
create table pub_verify (
    platform      text not null,
    identifier    text not null,
    status        text not null,
    filing_number text not null,
    app_name      text not null,
    provider_name text not null,
    category      text,
    as_of         timestamptz not null,
    body          text not null,            -- the JSON answer, ready to send
    primary key (platform, identifier)
);

-- one row: bumped by every change, the ETag and Last-Modified of exports and feed
create table pub_state (
    id         int primary key check (id = 1),
    version    bigint not null,
    changed_at timestamptz not null
);
insert into pub_state (id, version, changed_at) values (1, 0, now());
