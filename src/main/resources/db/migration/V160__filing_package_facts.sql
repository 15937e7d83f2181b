-- Issue 19: filing keeps its own copy of what the latest inspection of a filing's package found (the pre-check
-- reads it), instead of asking the inspection module at every pre-check. Inspection tells filing each time an
-- inspection completes; the rows below are backfilled from the inspections done so far (the latest by seq).
create table filing_package_facts (
    filing_id    uuid primary key references filing (id),
    facts        jsonb not null,
    inspected_at timestamptz not null
);

insert into filing_package_facts (filing_id, facts, inspected_at)
select distinct on (i.filing_id) i.filing_id,
       jsonb_build_object(
           'packageName', i.report -> 'manifest' ->> 'packageName',
           'sdks', coalesce((select jsonb_agg(jsonb_build_object('name', s.value ->> 'name', 'category', s.value ->> 'category')
                                              order by s.ord)
                               from jsonb_array_elements(coalesce(i.report -> 'sdks', '[]'::jsonb)) with ordinality as s(value, ord)),
                            '[]'::jsonb),
           'cameraPermission', coalesce(i.report -> 'manifest' -> 'permissions', '[]'::jsonb) ? 'android.permission.CAMERA',
           'questionSearchStrings', jsonb_array_length(coalesce(i.report -> 'questionSearchStrings', '[]'::jsonb)) > 0),
       i.uploaded_at
  from package_inspection i
 order by i.filing_id, i.seq desc;
