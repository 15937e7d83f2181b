-- Package inspection (issue 10): every Android package a provider uploads for a filing, with the report of
-- what is really inside it (manifest, signers, SDKs) kept as JSON; the latest one feeds the pre-check.
-- registered_certificate keeps the signer certificates of the latest package at the moment a filing was
-- registered, so the verify API can tell a repackaged copy signed by someone else.
create table package_inspection (
    id          uuid primary key,
    seq         bigserial not null unique,
    filing_id   uuid not null references filing (id),
    provider_id uuid not null,
    file_name   text,
    sha256      text not null,
    size        bigint not null,
    stored_as   text not null,
    package_name text not null,
    report      jsonb not null,
    uploaded_by text not null,
    uploaded_at timestamptz not null
);
-- "latest" is the last one uploaded (seq), whatever the clock said
create index package_inspection_filing_idx on package_inspection (filing_id, seq desc);

create table registered_certificate (
    filing_id     uuid not null references filing (id),
    filing_number text not null,
    package_id    uuid not null references package_inspection (id),
    sha256        text not null,
    registered_at timestamptz not null,
    primary key (filing_id, sha256)
);
create index registered_certificate_number_idx on registered_certificate (filing_number);
