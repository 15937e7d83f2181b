-- issue 22: the outbox of filings sent to the national platform (registry.national.mode=http). A row is written in
-- the transaction in which the city approves the filing, so no approved filing is left unsent and none is sent
-- that was not approved; the filing id is the externalId the national side keys its receipts by (re-sending is
-- safe). WAITING: to be sent (next_attempt_at); SENT: receipt held, polled; REGISTERED / REJECTED: the answer was
-- applied to the filing; CLOSED: the filing left MOE_REVIEW here before the answer could be applied (last_error).
create table national_submission (
    filing_id        text primary key,
    state            text        not null check (state in ('WAITING', 'SENT', 'REGISTERED', 'REJECTED', 'CLOSED')),
    attempts         integer     not null default 0,
    next_attempt_at  timestamptz not null,
    receipt          text,
    last_error       text,
    filing_number    text,
    reason           text,
    created_at       timestamptz not null,
    sent_at          timestamptz,
    decided_at       timestamptz,
    updated_at       timestamptz not null
);

create index national_submission_due on national_submission (state, next_attempt_at)
    where state in ('WAITING', 'SENT');
