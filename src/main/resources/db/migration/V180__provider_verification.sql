-- Issue 21: a provider is a verified party. Registered before this change: verified; imported (no account): unclaimed.
alter table provider add column verification text not null default 'VERIFIED'
    check (verification in ('UNVERIFIED', 'PENDING', 'VERIFIED', 'REJECTED', 'UNCLAIMED'));
update provider p set verification = 'UNCLAIMED'
 where not exists (select 1 from account a where a.organisation_id = p.id);
alter table provider alter column verification set default 'UNVERIFIED';
alter table provider add column verification_comment text;
alter table provider add column verified_at timestamptz;
alter table provider add column verified_by text;
