-- Issue 22: a use filing may name an app filed in another province (the national mirror): it has no filing or
-- provider row here, and says where it was filed (外省备案).
alter table usage_filing alter column filing_id drop not null;
alter table usage_filing alter column provider_id drop not null;
alter table usage_filing add column filed_in_province text;
create unique index usage_filing_live_national_idx on usage_filing (institution_id, filing_number)
    where status <> 'ENDED' and filing_id is null;
