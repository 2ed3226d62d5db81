-- The officer's assessment (bedömning) of a submitted application: main criteria, priority areas, recommendation.
-- Applications and calls are referred to by id only: they belong to other modules.
create table reason_category (
    id        uuid primary key,
    name      varchar(300) not null unique,
    position  integer      not null,
    active    boolean      not null default true,
    version   bigint       not null default 0
);

insert into reason_category (id, name, position) values
    ('7a1c0e2e-5b1f-4c8e-9d10-000000000001', 'Uppfyller inte huvudkriteriet om nya arbetssätt/metoder', 1),
    ('7a1c0e2e-5b1f-4c8e-9d10-000000000002', 'Uppfyller huvudkriterierna men inget av de prioriterade områdena', 2),
    ('7a1c0e2e-5b1f-4c8e-9d10-000000000003', 'Ligger utanför socialtjänstens verksamhetsområde', 3),
    ('7a1c0e2e-5b1f-4c8e-9d10-000000000004', 'Bristfällig logik mellan problemformulering och föreslagen metod', 4);

create table assessment (
    id                  uuid primary key,
    application_id      uuid         not null unique references application (id),
    call_id             uuid         not null,
    recommendation      varchar(20),
    granted_amount      bigint,
    reason_category_id  uuid         references reason_category (id),
    motivation          varchar(4000),
    assessed_by         varchar(60)  not null,
    updated_at          timestamptz  not null,
    version             bigint       not null default 0
);
create index assessment_call on assessment (call_id);

create table assessment_criterion (
    assessment_id  uuid          not null references assessment (id) on delete cascade,
    position       integer       not null,
    criterion      varchar(2000) not null,
    met            boolean,
    motivation     varchar(4000),
    primary key (assessment_id, position)
);

create table assessment_priority_area (
    assessment_id  uuid          not null references assessment (id) on delete cascade,
    position       integer       not null,
    area           varchar(2000) not null,
    addressed      boolean,
    primary key (assessment_id, position)
);
