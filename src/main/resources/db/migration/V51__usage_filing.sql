-- Use filings (使用者备案, 京教信〔2022〕5号): which institution uses which registered app, why, whether it
-- was chosen for unified use, who approved the choice and when. The app and institution names are copied
-- so lists need no other module's tables; district_id lets a district see its schools' filings.
create table usage_filing (
    id                    uuid primary key,
    institution_id        uuid not null references organisation (id),
    institution_name      text not null,
    district_id           uuid,
    filing_id             uuid not null,
    filing_number         text not null,
    app_name              text not null,
    provider_id           uuid not null,
    provider_name         text not null,
    purpose               text not null,
    unified_selection     boolean not null,
    charges_students      boolean not null,
    selection_approved_by text not null,
    selection_date        date not null,
    status                text not null check (status in ('ACTIVE', 'ACTION_REQUIRED', 'ENDED')),
    action_kind           text,
    action_reason         text,
    action_required_at    timestamptz,
    filed_at              timestamptz not null,
    filed_by              text not null,
    ended_at              timestamptz,
    ended_by              text,
    end_reason            text,
    version               int not null default 0
);
create index usage_filing_institution_idx on usage_filing (institution_id, filed_at desc);
create index usage_filing_district_idx on usage_filing (district_id, filed_at desc);
create index usage_filing_filing_idx on usage_filing (filing_id) where status <> 'ENDED';
create index usage_filing_provider_idx on usage_filing (provider_id) where status <> 'ENDED';
create index usage_filing_number_idx on usage_filing (filing_number);
-- One live use filing per institution and app: filing the same app twice is a conflict, not a second row.
create unique index usage_filing_live_idx on usage_filing (institution_id, filing_id) where status <> 'ENDED';
