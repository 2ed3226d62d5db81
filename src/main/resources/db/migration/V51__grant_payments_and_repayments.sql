-- Money moving on a grant: payments out to the organisation and repayments of unused funds back to the committee.
create table grant_payment (
    id           uuid primary key,
    grant_id     uuid        not null references fund_grant (id),
    kind         varchar(20) not null check (kind in ('PAYMENT', 'REPAYMENT')),
    paid_on      date        not null,
    amount       bigint      not null check (amount > 0),
    recorded_at  timestamptz not null,
    recorded_by  varchar(100),
    version      bigint      not null default 0
);
create index grant_payment_grant on grant_payment (grant_id, kind);

-- The organisation's notice of an unused amount to pay back (seeds/002: "Senast den 2 juni 2024 ska berörd
-- stadsdelsförvaltning meddela"); one notice per grant, replaced if restated.
alter table fund_grant add column repayment_notified    bigint check (repayment_notified > 0);
alter table fund_grant add column repayment_note        varchar(2000);
alter table fund_grant add column repayment_notified_on date;
alter table fund_grant add column repayment_notice_late boolean not null default false;
