-- Issue 21, point 4: the documents a filing carries beside its declaration (the signed 承诺书, ICP and 等保 proofs,
-- policies, licences' copies), by kind. A revision (变更) carries its own (revision_id set). Kept in the database
-- (outside any web root) with the type their bytes showed and a SHA-256, like enforcement's statement attachments.
create table filing_material (
    id           uuid primary key,
    filing_id    uuid not null references filing (id),
    revision_id  uuid references filing_revision (id),
    kind         text not null,
    file_name    text not null,
    content_type text not null,
    size         bigint not null,
    sha256       text not null,
    content      bytea not null,
    uploaded_at  timestamptz not null,
    uploaded_by  text not null
);
create index filing_material_filing_idx on filing_material (filing_id, revision_id, uploaded_at);
