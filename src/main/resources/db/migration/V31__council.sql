-- The R&D council's (FoU-rådets) review: which member reviews which application, and their scores per main criterion.
create table council_assignment (
    id              uuid primary key,
    application_id  uuid         not null references application (id),
    call_id         uuid         not null,
    member_id       uuid         not null,
    member_name     varchar(200) not null,
    assigned_by     varchar(60)  not null,
    assigned_at     timestamptz  not null,
    submitted_at    timestamptz,
    version         bigint       not null default 0,
    unique (application_id, member_id)
);
create index council_assignment_member on council_assignment (member_id);

create table council_score (
    assignment_id  uuid          not null references council_assignment (id) on delete cascade,
    position       integer       not null,
    criterion      varchar(2000) not null,
    score          integer,
    comment        varchar(4000),
    primary key (assignment_id, position)
);
