-- Issue 18: 京教信〔2022〕5号 二（三）, 统一选用的不得向学生及家长收取任何费用. A use filing remembers whether the
-- app's declaration said it charges fees when the use was filed, so unified selections of such apps carry a
-- warning on the institution's and the district's views. Existing use filings take it from the filing's
-- declaration as it stands now.
alter table usage_filing add column app_charges_fees boolean not null default false;
update usage_filing u
   set app_charges_fees = coalesce((f.app -> 'features' ->> 'chargesFees')::boolean, false)
  from filing f
 where f.id = u.filing_id;
