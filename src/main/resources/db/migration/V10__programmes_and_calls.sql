-- Programmes (medelstyper) and their yearly calls (utlysningar) with every rule an application is checked against.
create table programme (
    id       uuid primary key,
    code     varchar(20)  not null unique,
    name     varchar(200) not null,
    form     varchar(20)  not null,
    version  bigint       not null default 0
);

insert into programme (id, code, name, form) values
 (gen_random_uuid(), 'LUM', 'Lokala utvecklingsmedel', 'PROJECT'),
 (gen_random_uuid(), 'MUL', 'Medel för utveckling och lärande', 'STUDY_VISIT'),
 (gen_random_uuid(), 'FoU', 'Forskningsprojekt', 'PROJECT');

-- "call" is an SQL keyword, hence funding_call.
create table funding_call (
    id                           uuid primary key,
    programme_id                 uuid          not null references programme (id),
    year                         integer       not null,
    title                        varchar(300)  not null,
    description                  text,
    budget                       bigint        not null,
    opens_at                     timestamptz   not null,
    closes_at                    timestamptz   not null,
    max_amount_per_application   bigint        not null,
    max_grants_per_organisation  integer,
    cap_group                    varchar(100),
    longest_period_months        integer,
    report_due_date              date,
    repayment_notice_date        date,
    published                    boolean       not null default false,
    registration_prefix          varchar(20)   not null default 'FoU',
    version                      bigint        not null default 0,
    constraint funding_call_window check (closes_at > opens_at),
    constraint funding_call_budget check (budget > 0 and max_amount_per_application > 0)
);
create index funding_call_year on funding_call (year, cap_group);

-- Main criteria (huvudkriterier), all of which a project must meet, in the order the call states them.
create table call_main_criterion (
    call_id   uuid          not null references funding_call (id) on delete cascade,
    position  integer       not null,
    text      varchar(2000) not null,
    primary key (call_id, position)
);

-- Priority areas (prioriterade områden): optional, but projects with one are ranked first; in the call's order.
create table call_priority_area (
    call_id   uuid          not null references funding_call (id) on delete cascade,
    position  integer       not null,
    text      varchar(2000) not null,
    primary key (call_id, position)
);

create table call_required_section (
    call_id  uuid        not null references funding_call (id) on delete cascade,
    section  varchar(40) not null,
    primary key (call_id, section)
);

create table call_word_limit (
    call_id    uuid        not null references funding_call (id) on delete cascade,
    section    varchar(40) not null,
    max_words  integer     not null check (max_words > 0),
    primary key (call_id, section)
);
