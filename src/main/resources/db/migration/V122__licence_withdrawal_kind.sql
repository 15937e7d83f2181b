-- Issue 18: a licence stops counting in one of three ways, kept apart (docs/glossary.md): 撤销 by the issuing
-- authority (RESCINDED), 吊销 as a penalty (REVOKED), 注销 (CANCELLED). Withdrawals recorded before were
-- recorded as 撤销.
alter table licence add column withdrawal_kind text
    check (withdrawal_kind in ('RESCINDED', 'REVOKED', 'CANCELLED'));
update licence set withdrawal_kind = 'RESCINDED' where withdrawn_at is not null;
