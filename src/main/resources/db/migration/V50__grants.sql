-- Grants (beviljade medel): one per application the committee granted in full or in part. "grant" is an SQL keyword,
-- hence fund_grant. The application is the only foreign key: calls and decisions are referred to by id.
create table fund_grant (
    id                    uuid primary key,
    application_id        uuid         not null unique references application (id),
    call_id               uuid         not null,
    organisation_id       uuid         not null references organisation (id),
    registration_number   varchar(40),
    title                 varchar(300) not null,
    programme_code        varchar(20)  not null,
    year                  integer      not null,
    amount                bigint       not null check (amount > 0),
    period_start          date         not null,
    period_end            date         not null,
    report_due_date       date,
    decided_on            date         not null,
    paragraph             varchar(100),
    decision_document_id  uuid,
    status                varchar(30)  not null,
    created_at            timestamptz  not null,
    version               bigint       not null default 0,
    check (period_end >= period_start)
);
create index fund_grant_organisation on fund_grant (organisation_id, year);
create index fund_grant_year on fund_grant (year);
