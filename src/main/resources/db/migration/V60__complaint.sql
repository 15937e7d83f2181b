-- Complaints and reports (投诉举报, 京教信〔2022〕5号 三(六)): anyone may complain without an account.
-- Contact details are personal information: stored only encrypted (PersonalDataCipher, "v1:..."), never
-- in plain text. The access code is stored only as a hash. Routing changes and decisions are kept in an
-- append-only history; every view of the contact details leaves a row in complaint_contact_view.
create table complaint (
    id                     uuid primary key,
    tracking_number        text not null unique,
    access_code_hash       text not null,
    category               text not null,
    app_name               text not null,
    identifier             text,
    filing_number          text,
    unfiled_app            boolean not null,
    description            text not null,
    contact_name_enc       text,
    contact_phone_enc      text,
    contact_email_enc      text,
    agency                 text not null check (agency in ('EDUCATION_COMMISSION', 'CA', 'CAC')),
    agency_organisation_id uuid,
    status                 text not null check (status in ('RECEIVED', 'RESOLVED')),
    outcome                text,
    feedback               text,
    internal_note          text,
    rectification_id       text,
    received_at            timestamptz not null,
    due_at                 timestamptz not null,
    resolved_at            timestamptz,
    resolved_by            text,
    version                int not null default 0
);
create index complaint_agency_idx on complaint (agency, received_at desc);
create index complaint_due_idx on complaint (agency, due_at) where status = 'RECEIVED';

create table complaint_history (
    id           bigserial primary key,
    complaint_id uuid not null references complaint (id),
    at           timestamptz not null,
    actor        text not null,
    action       text not null,
    from_agency  text,
    to_agency    text,
    comment      text
);
create index complaint_history_complaint_idx on complaint_history (complaint_id, id);

-- Evidence files (JPEG, PNG, PDF; at most 3 of 5 MB) live in the database with their complaint, so
-- every instance sees them and they go with its backups.
create table complaint_evidence (
    id           uuid primary key,
    complaint_id uuid not null references complaint (id),
    position     int not null,
    file_name    text not null,
    content_type text not null,
    size         bigint not null,
    sha256       text not null,
    content      bytea not null,
    uploaded_at  timestamptz not null
);
create index complaint_evidence_complaint_idx on complaint_evidence (complaint_id);

-- Who saw a complainant's contact details, and when (DOMAIN.md: every view is audited).
create table complaint_contact_view (
    id              bigserial primary key,
    complaint_id    uuid not null references complaint (id),
    viewer          text not null,
    organisation_id text not null,
    channel         text not null,
    at              timestamptz not null
);
create index complaint_contact_view_complaint_idx on complaint_contact_view (complaint_id, id);

-- Wrong access codes per tracking number, shared by every instance: after 5 in 15 minutes the lookup
-- answers 429 for that number, so codes cannot be guessed.
create table complaint_access_failure (
    id              bigserial primary key,
    tracking_number text not null,
    at              timestamptz not null
);
create index complaint_access_failure_idx on complaint_access_failure (tracking_number, at);
