-- Bans (黑名单): when and why a provider was listed, and when the lifting of an expired ban was announced.
alter table provider add column ban_clause text;
alter table provider add column banned_on date;
alter table provider add column ban_lifted_on date;
