-- Issue 23: 备案证明 as issued (signed PDF and its SHA-256, which the public page of the filing shows).
-- Rows are never changed: a re-issued certificate is a new, newer row.
create table filing_certificate (
    id                uuid primary key,
    filing_id         text not null,
    filing_number     text not null,
    sha256            text not null,
    issued_at         timestamptz not null,
    rule_set_version  text not null,
    pdf               bytea not null
);
create index filing_certificate_filing_idx on filing_certificate (filing_id, issued_at desc);
create index filing_certificate_number_idx on filing_certificate (filing_number, issued_at desc);
create function filing_certificate_unchanged() returns trigger language plpgsql as $$
begin
    raise exception 'a certificate is never changed once issued';
end $$;
create trigger filing_certificate_unchanged before update on filing_certificate
    for each row execute function filing_certificate_unchanged();
