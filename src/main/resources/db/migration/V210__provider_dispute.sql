-- Issue 21, point 3: an organisation whose credit code was taken by someone else disputes it with its documents;
-- the city decides. Upheld: the provider record moves to the disputing party (the holder's accounts disabled, the
-- record UNCLAIMED with a claim code for the disputant). The public follows its dispute by an unguessable number.
create table provider_dispute (
    id                uuid primary key,
    tracking_number   text not null unique,
    provider_id       uuid not null references provider (id),
    credit_code       text not null,
    organisation_name text not null,
    contact_name      text not null,
    contact_phone     text not null,
    contact_email     text not null,
    statement         text not null,
    status            text not null default 'PENDING' check (status in ('PENDING', 'UPHELD', 'REJECTED')),
    filed_at          timestamptz not null,
    decided_by        text,
    decided_at        timestamptz,
    decision_comment  text,
    -- the holder's name when the city upheld the dispute (the record carries the disputant's name since)
    previous_name     text
);
create index provider_dispute_queue on provider_dispute (status, filed_at);
create index provider_dispute_provider on provider_dispute (provider_id);

-- The disputant's registration certificate and authorisation letter, with the type their bytes showed and a SHA-256.
create table provider_dispute_document (
    id           uuid primary key,
    dispute_id   uuid not null references provider_dispute (id),
    kind         text not null check (kind in ('REGISTRATION_CERTIFICATE', 'AUTHORISATION_LETTER')),
    file_name    text not null,
    content_type text not null,
    size         bigint not null,
    sha256       text not null,
    content      bytea not null,
    uploaded_at  timestamptz not null
);
create index provider_dispute_document_dispute on provider_dispute_document (dispute_id);
