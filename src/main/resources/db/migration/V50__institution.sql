-- Institutions (使用者: districts, schools, units directly under the city) as the usage module knows them:
-- the organisation itself lives in identity; here its kind, its district and the district's GB/T 2260
-- code, so "a district sees its schools" is one indexed column and never a walk up the tree.
create table institution (
    organisation_id uuid primary key references organisation (id),
    kind            text not null check (kind in ('DISTRICT', 'SCHOOL', 'DIRECT_UNIT')),
    name            text not null,
    parent_id       uuid references organisation (id),
    district_id     uuid references institution (organisation_id),
    district_code   char(6),
    created_at      timestamptz not null,
    created_by      text not null
);
create index institution_parent_idx on institution (parent_id);
create index institution_district_idx on institution (district_id);
create unique index institution_name_per_parent_idx on institution (parent_id, name);

-- Accounts created for institutions through this module (identity keeps the account; this is who made
-- it, for the district's and the city's account lists).
create table institution_account (
    account_id      uuid primary key references account (id),
    organisation_id uuid not null references organisation (id),
    username        text not null,
    role            text not null,
    created_at      timestamptz not null,
    created_by      text not null
);
create index institution_account_org_idx on institution_account (organisation_id);
