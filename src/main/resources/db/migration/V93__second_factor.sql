-- Optional TOTP second factor (RFC 6238) for staff (issue 8). Secrets are stored encrypted with
-- registry.pii-key; a secret being set up waits in pending_secret until a code from it is confirmed.
-- last_step is the newest time step whose code was accepted: a code is good once (no replay).
create table account_second_factor (
    account_id     uuid primary key references account (id),
    secret         text,
    pending_secret text,
    enabled_at     timestamptz,
    last_step      bigint,
    check ((secret is null) = (enabled_at is null))
);
