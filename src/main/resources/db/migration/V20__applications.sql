-- Applications (ansökningar) to calls, with their texts, budget, partners, attachments and registration numbers.
-- The call and organisations are referred to by id only: they belong to other modules.
create table application (
    id                        uuid primary key,
    call_id                   uuid          not null,
    lead_organisation_id      uuid          not null references organisation (id),
    title                     varchar(300),
    contact_name              varchar(200),
    contact_email             varchar(200),
    contact_phone             varchar(40),
    requested_amount          bigint,
    start_date                date,
    end_date                  date,
    destination               varchar(300),
    participant_count         integer,
    participant_roles         varchar(2000),
    not_course_or_conference  boolean       not null default false,
    status                    varchar(20)   not null,
    registration_number       varchar(40)   unique,
    submitted_at              timestamptz,
    returned_message          varchar(4000),
    returned_at               timestamptz,
    created_at                timestamptz   not null,
    updated_at                timestamptz   not null,
    -- Why a demo application's values look as they do, e.g. which were made up because the seeds do not give them.
    demo_note                 varchar(1000),
    version                   bigint        not null default 0
);
create index application_call on application (call_id, status);
create index application_lead on application (lead_organisation_id, status);

create table application_text (
    application_id  uuid        not null references application (id) on delete cascade,
    section         varchar(40) not null,
    body            text        not null,
    primary key (application_id, section)
);

create table application_partner (
    application_id   uuid not null references application (id) on delete cascade,
    organisation_id  uuid not null references organisation (id),
    primary key (application_id, organisation_id)
);
create index application_partner_organisation on application_partner (organisation_id);

create table application_priority_area (
    application_id  uuid          not null references application (id) on delete cascade,
    position        integer       not null,
    area            varchar(2000) not null,
    primary key (application_id, position)
);

create table application_budget_line (
    application_id  uuid          not null references application (id) on delete cascade,
    position        integer       not null,
    description     varchar(500)  not null,
    amount          bigint        not null,
    primary key (application_id, position)
);

-- Warnings from the eligibility check at the last submission, shown on the receipt and to officers.
create table application_warning (
    application_id  uuid          not null references application (id) on delete cascade,
    position        integer       not null,
    message         varchar(2000) not null,
    primary key (application_id, position)
);

create table application_attachment (
    id              uuid primary key,
    application_id  uuid          not null references application (id) on delete cascade,
    file_name       varchar(255)  not null,
    content_type    varchar(200)  not null,
    size_bytes      bigint        not null,
    storage_key     varchar(300)  not null,
    uploaded_at     timestamptz   not null,
    uploaded_by     varchar(60)   not null
);
create index application_attachment_application on application_attachment (application_id);

-- Registration numbers "<prefix> <year>/<sequence>": one counter per prefix and year, bumped with an atomic upsert
-- so that concurrent submissions never share a number.
create table registration_counter (
    prefix  varchar(20) not null,
    year    integer     not null,
    last    integer     not null,
    primary key (prefix, year)
);
