-- Filings imported from existing registrations carry no full declaration: re-checks apply only the
-- provider-based rules to them (API.md), so they are marked.
alter table filing add column imported boolean not null default false;
update filing set imported = true where id in (select filing_id from filing_history where action = 'IMPORTED');
