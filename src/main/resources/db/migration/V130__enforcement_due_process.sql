-- Issue 20: due process for adverse decisions (京教信〔2022〕5号 五；《教育移动互联网应用程序备案管理办法》).
-- Orders become numbered 限期整改通知书 with service (送达); overdue or a refusal found by the city opens an
-- enforcement case (事先告知 → 陈述申辩 → a person's decision → 处理决定书); revocation lists the app concerned
-- (not the provider) on the black list, tells the CAC and the CA (撤销备案通报), and review results can undo it.

alter table rectification_order
    add column document_number        text,
    add column served_at              timestamptz,
    add column opened_at              timestamptz,
    add column deadline_working_days  int check (deadline_working_days between 1 and 60),
    add column service_method         text,
    add column refusal_evidence       text,
    alter column deadline drop not null;
-- orders before this issue were served in the system when made
update rectification_order set served_at = created_at where served_at is null;
-- an overdue or refused order stays open for a decision: it still holds the filing
drop index rectification_one_open_per_filing;
create unique index rectification_one_open_per_filing on rectification_order (filing_id)
    where status in ('OPEN', 'RESPONDED', 'OVERDUE', 'REFUSED') and closed_at is null;

-- numbered documents: 限期整改通知书, 事先告知书, 处理决定书; content is what the PDF and the page show
create table enforcement_document (
    id          uuid primary key,
    kind        text not null check (kind in ('RECTIFICATION_NOTICE', 'PRIOR_NOTICE', 'DECISION')),
    number      text not null unique,
    order_id    uuid not null references rectification_order (id),
    case_id     uuid,
    provider_id uuid not null,
    content     jsonb not null,
    issued_at   timestamptz not null,
    issued_by   text not null,
    served_at   timestamptz,
    opened_at   timestamptz
);
create index enforcement_document_order_idx on enforcement_document (order_id, issued_at);
create index enforcement_document_case_idx on enforcement_document (case_id, issued_at);

-- the yearly sequence behind each kind's numbers (京教监整〔2026〕12号)
create table enforcement_document_counter (
    prefix text not null,
    year   int  not null,
    last   int  not null,
    primary key (prefix, year)
);

create table enforcement_case (
    id               uuid primary key,
    order_id         uuid not null references rectification_order (id),
    filing_id        uuid not null,
    provider_id      uuid not null,
    filing_number    text,
    app_name         text not null,
    provider_name    text not null,
    credit_code      text not null,
    ground           text not null check (ground in ('OVERDUE', 'REFUSAL')),
    status           text not null check (status in ('NOTICE_SERVED', 'STATEMENT_RECEIVED', 'DECIDED')),
    facts            text not null,
    opened_at        timestamptz not null,
    opened_by        text not null,
    statement_due_at timestamptz not null,
    statement        text,
    statement_at     timestamptz,
    outcome          text check (outcome in ('REVOKE', 'NO_ACTION', 'EXTEND')),
    reasons          text,
    decided_at       timestamptz,
    decided_by       text,
    new_deadline     timestamptz,
    version          int not null default 0
);
-- one case per order: two sweeping instances cannot open two
create unique index enforcement_case_one_per_order on enforcement_case (order_id) where status <> 'DECIDED';
create index enforcement_case_provider_idx on enforcement_case (provider_id, opened_at desc);
create index enforcement_case_status_idx on enforcement_case (status, opened_at desc);

-- 行政复议 / 行政诉讼 results recorded against a case's decision
create table enforcement_review_result (
    id          bigserial primary key,
    case_id     uuid not null references enforcement_case (id),
    body        text not null check (body in ('ADMINISTRATIVE_RECONSIDERATION', 'COURT')),
    reference   text not null,
    decided_on  date not null,
    annulled    boolean not null,
    recorded_at timestamptz not null,
    recorded_by text not null
);

-- the black list: one entry per listed app (its filing), from a decision
create table blacklist_entry (
    id              uuid primary key,
    case_id         uuid not null references enforcement_case (id),
    filing_id       uuid not null,
    provider_id     uuid not null,
    filing_number   text,
    app_name        text not null,
    provider_name   text not null,
    credit_code     text not null,
    reason          text not null,
    clause          text not null,
    decision_number text not null,
    listed_on       date not null,
    listed_until    date not null,
    listed_at       timestamptz not null,
    ended_at        timestamptz,
    end_kind        text check (end_kind in ('EXPIRED', 'REMOVED', 'ANNULLED')),
    end_reason      text,
    ended_by        text
);
create unique index blacklist_entry_running_per_filing on blacklist_entry (filing_id) where ended_at is null;
create index blacklist_entry_until_idx on blacklist_entry (listed_until) where ended_at is null;

-- 撤销备案通报 to the CAC and the CA; the CAC turns it into one 下架处置通知 to the app stores
create table revocation_bulletin (
    id                 uuid primary key,
    case_id            uuid not null unique references enforcement_case (id),
    filing_id          uuid not null,
    filing_number      text not null,
    app_name           text not null,
    provider_name      text not null,
    reason             text not null,
    decision_number    text not null,
    issued_at          timestamptz not null,
    issued_by          text not null,
    takedown_notice_id uuid references takedown_notice (id),
    converted_at       timestamptz,
    converted_by       text
);
create index revocation_bulletin_issued_idx on revocation_bulletin (issued_at desc);
