-- The organisation's report (redovisning) on a grant, economy and implementation (seeds/002: "både gällande ekonomi
-- och genomförande"). Budget lines and outcome counts are kept as JSON: they are read and written as a whole.
create table grant_report (
    id                      uuid primary key,
    grant_id                uuid         not null unique references fund_grant (id),
    status                  varchar(20)  not null check (status in ('UTKAST', 'INLAMNAD', 'ATERSKICKAD', 'GODKAND')),
    what_was_done           text,
    participants_women      bigint,
    participants_men        bigint,
    participants_other      bigint,
    lines_json              text         not null default '[]',
    outcomes_json           text         not null default '[]',
    experiences             text,
    implementation_plan     boolean,
    implementation_plan_how text,
    proposals               text,
    return_message          text,
    coordinator_comment     text,
    submitted_at            timestamptz,
    decided_at              timestamptz,
    updated_at              timestamptz  not null,
    version                 bigint       not null default 0
);

-- Outcome categories of the participants, configurable by officers; seeds/001 counts outcomes this way.
create table grant_outcome_category (
    code     varchar(40)  primary key,
    label    varchar(100) not null,
    position int          not null
);
insert into grant_outcome_category (code, label, position) values
    ('arbete', 'Arbete', 1),
    ('studier', 'Studier', 2),
    ('annan-forsorjning', 'Annan försörjning', 3),
    ('flyttat', 'Flyttat', 4),
    ('ej-horts-av', 'Ej hörts av', 5),
    ('fortsatt-stod', 'Fortsatt stöd', 6);
