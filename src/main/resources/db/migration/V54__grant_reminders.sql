-- Reminders sent to a grant's organisation about its report or repayment notice; the log shown to officers and the
-- memory that keeps the daily run from sending the same reminder twice.
create table grant_reminder (
    id          uuid primary key,
    grant_id    uuid        not null references fund_grant (id),
    kind        varchar(20) not null check (kind in ('REPORT', 'REPAYMENT')),
    step        varchar(20) not null check (step in ('BEFORE', 'ON_DUE_DATE', 'WEEK_AFTER')),
    due_date    date        not null,
    sent_on     date        not null,
    recipients  integer     not null,
    created_at  timestamptz not null,
    version     bigint      not null default 0,
    unique (grant_id, kind, sent_on)
);
create index grant_reminder_grant on grant_reminder (grant_id, sent_on);
