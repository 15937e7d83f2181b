-- The audit trail (issue 8; DOMAIN.md "Security baseline"): every decision and security event as an
-- append-only, hash-chained entry, kept at least 6 months (网络安全法 第二十一条). The application only ever
-- INSERTs; the triggers below refuse UPDATE, DELETE and TRUNCATE whatever the role, so even the service's
-- own database account cannot alter an entry. An edit made around them (a superuser disabling triggers,
-- a restored file) still breaks the hash chain, and GET /api/v1/audit/verification reports where.
--
-- hash = SHA-256 over the canonical encoding of (seq, at, actor, organisation, action, entity_type,
-- entity_id, summary, prev_hash); see audit/internal/AuditHash.java for the exact bytes. The first
-- entry's prev_hash is 64 zeros. seq is assigned by the appender under pg_advisory_xact_lock, so seqs
-- are contiguous and a removed entry shows as a gap.
--
-- Archiving older entries (an operator's task, never the application's):
--   1. As the table owner, in ONE transaction: copy the entries with seq <= N (all older than the
--      retention) into audit_entry_archive (same columns) or export them to WORM storage together with
--      the hash of entry N; insert a row into audit_checkpoint (archived_through_seq = N,
--      last_hash = hash of entry N, archived_at, archived_by);
--      ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_no_delete; DELETE FROM audit_entry WHERE seq <= N;
--      ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_no_delete; COMMIT.
--   2. Verification then starts from the latest checkpoint: it expects seq N+1 next and N's hash as its
--      prev_hash (AuditTrail.verify reads audit_checkpoint), so the live chain still verifies end to end,
--      and the archive verifies on its own from 64 zeros up to last_hash. Checkpoints are append-only too.
-- In production run Flyway as the owner role and the service as a role holding only SELECT and INSERT
-- on these tables: then the service can neither disable the triggers nor write a checkpoint.
create table audit_entry (
    seq         bigint primary key,
    at          timestamptz not null,
    actor       text not null,
    organisation text not null,
    action      text not null,
    entity_type text not null,
    entity_id   text not null,
    summary     text not null,
    prev_hash   char(64) not null,
    hash        char(64) not null unique
);
create index audit_entry_entity_idx on audit_entry (entity_type, entity_id, seq desc);

create table audit_entry_archive (like audit_entry including all);

create table audit_checkpoint (
    archived_through_seq bigint primary key,
    last_hash            char(64) not null,
    archived_at          timestamptz not null default now(),
    archived_by          text not null default session_user
);

create function audit_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'audit entries are append-only: % on % refused', tg_op, tg_table_name
        using errcode = 'insufficient_privilege';
end
$$;

create trigger audit_entry_no_update before update on audit_entry
    for each row execute function audit_refuse_change();
create trigger audit_entry_no_delete before delete on audit_entry
    for each row execute function audit_refuse_change();
create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_refuse_change();

create trigger audit_archive_no_update before update or delete on audit_entry_archive
    for each row execute function audit_refuse_change();
create trigger audit_archive_no_truncate before truncate on audit_entry_archive
    for each statement execute function audit_refuse_change();
create trigger audit_checkpoint_no_update before update or delete on audit_checkpoint
    for each row execute function audit_refuse_change();
create trigger audit_checkpoint_no_truncate before truncate on audit_checkpoint
    for each statement execute function audit_refuse_change();
