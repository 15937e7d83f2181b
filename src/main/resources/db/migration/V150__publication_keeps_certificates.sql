-- Issue 19: publication owns verification end to end. The signer certificates of every inspected package
-- come to it with inspection's PackageInspected events and are kept here; a filing answers verify's
-- certSha256 with those of its latest package inspected by the time it was registered, stored in the
-- verification index's row, so verify stays one primary-key read with or without a certificate digest.
create table pub_inspected_package (
    package_id   text primary key,
    filing_id    text not null,
    inspected_at timestamptz not null,
    cert_sha256s text[] not null
);
create index pub_inspected_package_filing_idx on pub_inspected_package (filing_id, inspected_at desc);

insert into pub_inspected_package (package_id, filing_id, inspected_at, cert_sha256s)
select id::text, filing_id::text, uploaded_at,
       array(select c ->> 'sha256' from jsonb_array_elements(coalesce(report -> 'signing' -> 'certificates', '[]'::jsonb)) c)
  from package_inspection;

alter table pub_verify add column cert_sha256s text[];
-- the certificates as inspection kept them until now (taken when the registration was handled)
update pub_verify v set cert_sha256s = (select array_agg(rc.sha256 order by rc.sha256) from registered_certificate rc
                                         where rc.filing_number = v.filing_number);

-- inspection keeps no registered certificates any more
drop table registered_certificate;
