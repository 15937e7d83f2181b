-- Issue 20, point 4: the provider's statement and defence (陈述申辩) carries attachments as well as text.
-- Kept in the database beside the case (outside any web root), with the type their bytes showed and a SHA-256.
create table enforcement_statement_attachment (
    id           uuid primary key,
    case_id      uuid not null references enforcement_case (id),
    position     int not null,
    file_name    text not null,
    content_type text not null,
    size         bigint not null,
    sha256       text not null,
    content      bytea not null,
    uploaded_at  timestamptz not null,
    unique (case_id, position)
);
