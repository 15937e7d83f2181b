-- Issue 24: a verify answer carries the index of the transparency-log entry behind it (logIndex), kept
-- with the ready answer so the lookup stays one primary-key read. Null for answers written before the log.
alter table pub_verify add column log_index bigint;
