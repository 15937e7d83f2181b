-- Rule-set versions (issue 3): everything a new notice would change in the pre-check (subject list,
-- school-age stages, licences, each rule's clause, severity, message, in force) is data with the day it
-- takes effect, so a new version governs pre-checks from that day without a release. Rows are only inserted:
-- a stored pre-check names the version it ran, so a version never changes once stored.
create table rule_set_version (
    version        text primary key,
    effective_from date not null,
    title          text not null,
    definition     jsonb not null,
    source         text not null check (source in ('CLASSPATH', 'API', 'DIRECTORY')),
    published_by   text not null,
    published_at   timestamptz not null,
    -- order of publication: breaks ties between versions taking effect on the same day
    seq            bigserial not null unique
);
create index rule_set_version_effective_idx on rule_set_version (effective_from, seq);
