-- A year's allocation round (LUM and MUL together), its decision document versions, attestations and outcomes.
-- Applications and calls are referred to by id; the document content is a JSON snapshot so old versions never change.
create table decision_round (
    year        integer      primary key,
    status      varchar(30)  not null,
    texts       text,
    version     bigint       not null default 0
);

-- The officer's changes on the workbench; without a row the assessment's recommended amount stands.
create table allocation_amount (
    application_id  uuid         primary key references application (id),
    year            integer      not null,
    amount          bigint       not null,
    changed_by      varchar(60)  not null,
    changed_at      timestamptz  not null,
    version         bigint       not null default 0
);

create table decision_document (
    id            uuid primary key,
    year          integer      not null,
    number        integer      not null,
    current       boolean      not null,
    content       text         not null,
    created_by    varchar(60)  not null,
    created_at    timestamptz  not null,
    decided_on    date,
    paragraph     varchar(60),
    as_proposed   boolean,
    amendment     varchar(4000),
    recorded_by   varchar(60),
    recorded_at   timestamptz,
    version       bigint       not null default 0,
    unique (year, number)
);

create table attestation (
    id            uuid primary key,
    document_id   uuid         not null references decision_document (id),
    attestant_id  uuid         not null,
    name          varchar(200) not null,
    title         varchar(200),
    requested_by  varchar(60)  not null,
    requested_at  timestamptz  not null,
    attested_at   timestamptz,
    voided_at     timestamptz,
    version       bigint       not null default 0,
    unique (document_id, attestant_id)
);

create table decision_outcome (
    application_id       uuid primary key references application (id),
    document_id          uuid          not null references decision_document (id),
    call_id              uuid          not null,
    year                 integer       not null,
    organisation_id      uuid          not null,
    registration_number  varchar(40)   not null,
    title                varchar(500)  not null,
    programme_code       varchar(20)   not null,
    outcome              varchar(30)   not null,
    requested_amount     bigint        not null,
    amount               bigint        not null,
    reason               varchar(5000),
    decided_on           date          not null,
    paragraph            varchar(60)   not null
);
create index decision_outcome_organisation on decision_outcome (organisation_id);
