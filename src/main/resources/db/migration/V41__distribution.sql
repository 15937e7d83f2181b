-- App stores (分发平台) report the versions they list (四(三)); a release of an app that is not
-- registered raises an alert for the CAC. Releases and alerts are kept, never deleted.
create table dist_release (
    id              uuid primary key,
    organisation_id text not null,
    app_store_name  text not null,
    reported_by     text not null,
    platform        text not null,
    identifier      text not null,
    version         text not null,
    released_at     timestamptz not null,
    reported_at     timestamptz not null,
    status          text not null,
    filing_number   text
);
create index dist_release_key_idx on dist_release (platform, identifier);

create table dist_alert (
    id              uuid primary key,
    release_id      uuid not null references dist_release (id),
    app_store_name  text not null,
    platform        text not null,
    identifier      text not null,
    version         text not null,
    released_at     timestamptz not null,
    status          text not null,
    filing_number   text,
    app_name        text,
    raised_at       timestamptz not null
);
create index dist_alert_raised_idx on dist_alert (raised_at desc);
