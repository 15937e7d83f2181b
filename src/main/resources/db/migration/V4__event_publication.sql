-- Spring Modulith's JDBC event publication registry (schema v2, from spring-modulith-events-jdbc 2.0.3):
-- events to asynchronous listeners are stored with the publishing transaction and retried until done.
create table if not exists event_publication
(
  id                     uuid not null,
  listener_id            text not null,
  event_type             text not null,
  serialized_event       text not null,
  publication_date       timestamp with time zone not null,
  completion_date        timestamp with time zone,
  status                 text,
  completion_attempts    int,
  last_resubmission_date timestamp with time zone,
  primary key (id)
);
create index if not exists event_publication_serialized_event_hash_idx on event_publication using hash(serialized_event);
create index if not exists event_publication_by_completion_date_idx on event_publication (completion_date);

-- ShedLock: scheduled work that must run on one instance at a time takes its row here.
create table shedlock (
    name       varchar(64) primary key,
    lock_until timestamp with time zone not null,
    locked_at  timestamp with time zone not null,
    locked_by  varchar(255) not null
);
