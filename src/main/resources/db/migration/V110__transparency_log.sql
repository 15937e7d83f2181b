-- Issue 24: the public, verifiable log of every change of the public lists (RFC 9162 Merkle tree,
-- C2SP signed checkpoints). Leaves are the canonical JSON exactly as hashed; log_node keeps the hash of
-- every perfect subtree (level l, index i covers leaves i·2^l … (i+1)·2^l − 1), so a proof reads
-- O(log n) rows. All three tables are append-only like the audit trail: a row once written is never
-- changed or removed (restores go through DatabaseBackup, which holds the triggers off).

create table log_leaf (
    seq           bigint primary key,
    kind          text not null,
    filing_number text,
    credit_code   text,
    at            timestamptz not null,
    leaf          text not null
);
-- the latest entry behind a filing (verify answers, the public page) or a provider (bans)
create index log_leaf_filing on log_leaf (filing_number, seq) where filing_number is not null;
create index log_leaf_provider on log_leaf (credit_code, seq) where filing_number is null;

create table log_node (
    level smallint not null,
    idx   bigint   not null,
    hash  bytea    not null,
    primary key (level, idx)
);

create table log_checkpoint (
    tree_size bigint primary key,
    root_hash bytea not null,
    note      text not null,
    issued_at timestamptz not null
);

create function log_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'the transparency log is append-only: % on % refused', tg_op, tg_table_name
        using errcode = 'insufficient_privilege';
end
$$;

create trigger log_leaf_no_update before update on log_leaf for each row execute function log_refuse_change();
create trigger log_leaf_no_delete before delete on log_leaf for each row execute function log_refuse_change();
create trigger log_leaf_no_truncate before truncate on log_leaf for each statement execute function log_refuse_change();
create trigger log_node_no_update before update on log_node for each row execute function log_refuse_change();
create trigger log_node_no_delete before delete on log_node for each row execute function log_refuse_change();
create trigger log_node_no_truncate before truncate on log_node for each statement execute function log_refuse_change();
create trigger log_checkpoint_no_update before update on log_checkpoint for each row execute function log_refuse_change();
create trigger log_checkpoint_no_delete before delete on log_checkpoint for each row execute function log_refuse_change();
create trigger log_checkpoint_no_truncate before truncate on log_checkpoint for each statement execute function log_refuse_change();
