-- Why the officer moved a grant's report due date away from the call's (e.g. the project was granted more time).
alter table fund_grant add column report_due_date_reason text;

-- Files carried by a grant's report: final report, pre-study, travel report (MUL study visits) or other. The bytes
-- live in the file store; the same size and type rules as applications' attachments apply.
create table grant_report_attachment (
    id            uuid primary key,
    grant_id      uuid          not null references fund_grant (id),
    kind          varchar(20)   not null check (kind in ('SLUTRAPPORT', 'FORSTUDIE', 'RESERAPPORT', 'OVRIGT')),
    file_name     varchar(255)  not null,
    content_type  varchar(200)  not null,
    size_bytes    bigint        not null,
    storage_key   varchar(300)  not null,
    uploaded_at   timestamptz   not null,
    uploaded_by   varchar(60)   not null
);
create index grant_report_attachment_grant on grant_report_attachment (grant_id);
