-- Provider organisations (提供者) and their licences. A provider's id is its organisation's id.
create table provider (
    id                     uuid primary key references organisation (id),
    name                   text not null,
    credit_code            char(18) not null unique,
    legal_person_type      text not null,
    registration_authority text not null,
    region                 char(6) not null,
    contact_name           text,
    contact_phone          text,
    contact_email          text,
    status                 text not null default 'ACTIVE',
    banned_until           date,
    ban_reason             text,
    created_at             timestamptz not null default now(),
    version                int not null default 0
);

create table licence (
    id                uuid primary key,
    provider_id       uuid not null references provider (id),
    type              text not null,
    number            text not null,
    issuer            text not null,
    valid_from        date not null,
    valid_until       date not null,
    withdrawn_at      timestamptz,
    withdrawal_reason text,
    created_at        timestamptz not null default now(),
    check (valid_from <= valid_until)
);
create index licence_provider_idx on licence (provider_id);
