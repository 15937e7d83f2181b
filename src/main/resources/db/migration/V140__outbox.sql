-- Issue 23: the transactional outbox of notices by email and SMS. A message is written in the transaction of
-- the decision it tells about; a scheduled sender claims due rows (FOR UPDATE SKIP LOCKED, so instances
-- never share one), delivers, and marks them sent, or schedules the next attempt with back-off.
-- dedup_key names the cause: one message per cause and recipient, however often a listener runs.
create table outbox_message (
    id               uuid primary key,
    channel          text not null check (channel in ('EMAIL', 'SMS')),
    recipient        text not null,
    subject          text not null,
    body             text not null,
    attachment_name  text,
    attachment_type  text,
    attachment       bytea,
    dedup_key        text not null,
    status           text not null check (status in ('PENDING', 'SENDING', 'SENT', 'FAILED')),
    attempts         int not null default 0,
    next_attempt_at  timestamptz not null,
    claimed_until    timestamptz,
    last_error       text,
    created_at       timestamptz not null,
    sent_at          timestamptz,
    unique (dedup_key, channel, recipient)
);
create index outbox_message_due_idx on outbox_message (next_attempt_at) where status = 'PENDING';
create index outbox_message_status_idx on outbox_message (status, created_at desc);

-- Where an organisation without an address of its own in the platform (app stores, districts, schools)
-- receives notices; providers' contact email comes from their registration.
create table outbox_contact (
    organisation_id  text primary key,
    email            text,
    phone            text,
    updated_at       timestamptz not null
);
