-- Notifications to organisations (every account of the organisation sees them) and who has read them.
-- dedup_key makes delivery idempotent: an event delivered twice gives each organisation one message.
create table notification (
    id              uuid primary key,
    organisation_id uuid not null references organisation (id),
    at              timestamptz not null,
    kind            text not null,
    message         text not null,
    filing_number   text,
    dedup_key       text not null,
    unique (organisation_id, dedup_key)
);
create index notification_org_idx on notification (organisation_id, at desc);

create table notification_read (
    notification_id uuid not null references notification (id),
    account_id      uuid not null references account (id),
    read_at         timestamptz not null,
    primary key (notification_id, account_id)
);
