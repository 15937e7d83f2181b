-- A rectification order started from a substantiated complaint remembers it; the complaint remembers the
-- order (complaint.rectification_id), so the link is kept both ways.
create table rectification_source (
    order_id     uuid primary key,
    complaint_id uuid not null
);
create index rectification_source_complaint_idx on rectification_source (complaint_id);
