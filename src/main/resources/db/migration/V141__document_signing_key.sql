-- Issue 23: the platform's document signing key when the deployment gives none (registry.signing.keystore):
-- created once by the first instance that signs, PKCS#12 encrypted with registry.pii-key, shared by all.
create table document_signing_key (
    id          int primary key check (id = 1),
    pkcs12      text not null,
    created_at  timestamptz not null
);
