-- Issue 23: numbered announcements (公告) of the white and black lists as they stood on a date
-- ("2026年第2期": serial per year of publication). Published once and never edited: a correction is a
-- new announcement. The two CSVs and the PDF are kept as published, so they read the same forever.
create table announcement (
    id               uuid primary key,
    year             int not null,
    seq              int not null,
    serial           text not null,
    title            text not null,
    as_of            date not null,
    published_at     timestamptz not null,
    approver         text not null,
    published_by     text not null,
    whitelist_count  int not null,
    blacklist_count  int not null,
    whitelist_csv    bytea not null,
    blacklist_csv    bytea not null,
    pdf              bytea not null,
    pdf_sha256       text not null,
    unique (year, seq)
);
create index announcement_published_idx on announcement (published_at desc);

create function announcement_unchanged() returns trigger language plpgsql as $$
begin
    raise exception 'an announcement is never edited once published; publish a correction as a new one';
end $$;
create trigger announcement_unchanged before update or delete on announcement
    for each row execute function announcement_unchanged();
