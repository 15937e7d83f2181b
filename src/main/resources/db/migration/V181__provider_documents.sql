-- Issue 21, point 1: the documents a provider's verification rests on (business licence or registration
-- certificate, the signed authorisation letter). Kept in the database (outside any web root) with the type their
-- bytes showed and a SHA-256; a new upload of a kind supersedes the older one (the latest counts).
create table provider_document (
    id           uuid primary key,
    provider_id  uuid not null references provider (id),
    kind         text not null check (kind in ('REGISTRATION_CERTIFICATE', 'AUTHORISATION_LETTER')),
    file_name    text not null,
    content_type text not null,
    size         bigint not null,
    sha256       text not null,
    content      bytea not null,
    uploaded_at  timestamptz not null,
    uploaded_by  text not null,
    -- true once the city decided on the set it belonged to: a new set after a refusal needs both kinds again
    decided      boolean not null default false
);
create index provider_document_provider on provider_document (provider_id, kind, uploaded_at desc);
