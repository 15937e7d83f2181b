-- Issue 22: a complaint about an app filed in another province is passed on (转办) to that province, recorded
-- with the date; the complainant sees it when tracking the complaint.
alter table complaint add column transferred_to_province text;
alter table complaint add column transferred_at timestamptz;
