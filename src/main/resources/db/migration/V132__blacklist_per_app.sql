-- Issue 20: the public black list lists apps (the filing concerned), not providers. Entries made before
-- (one per provider) stay as they were; new ones name the app, its filing and the decision.
alter table pub_blacklist_entry
    add column entry_id        text,
    add column filing_id       text,
    add column filing_number   text,
    add column app_name        text,
    add column decision_number text;
drop index pub_blacklist_running_idx;
create unique index pub_blacklist_running_provider_idx on pub_blacklist_entry (provider_id)
    where ended_at is null and entry_id is null;
create unique index pub_blacklist_entry_id_idx on pub_blacklist_entry (entry_id);
alter table pub_filing add column blacklisted boolean not null default false;
