-- The knowledge bank (kunskapsbanken): what funded projects learned, as project plans, pre-studies, reports, travel
-- reports, methods and other knowledge, published by the fund officers after a check.

-- The configurable taxonomy of areas (områden), starting with the areas of seeds/001 and seeds/004.
create table knowledge_area (
    code      varchar(60)  primary key,
    label     varchar(200) not null,
    position  integer      not null,
    active    boolean      not null default true
);
insert into knowledge_area (code, label, position) values
    ('socialmedicin', 'Socialmedicin', 10),
    ('sfi-etablering', 'SFI/etablering', 20),
    ('arbetsmarknad', 'Arbetsmarknad', 30),
    ('barn-och-unga', 'Barn och unga', 40),
    ('funktionsnedsattning', 'Funktionsnedsättning', 50),
    ('hemloshet', 'Hemlöshet', 60),
    ('missbruk', 'Missbruk', 70),
    ('foraldraskap', 'Föräldraskap', 80),
    ('ekonomiskt-bistand', 'Ekonomiskt bistånd', 90),
    ('aldre', 'Äldre', 100),
    ('vald-i-nara-relationer', 'Våld i nära relationer', 110),
    ('psykisk-halsa', 'Psykisk hälsa', 120),
    ('ovrigt', 'Övrigt', 900);

create table knowledge_item (
    id                     uuid primary key,
    version                bigint        not null,
    kind                   varchar(20)   not null check (kind in ('PROJECT_PLAN', 'PRE_STUDY', 'REPORT',
                                                               'TRAVEL_REPORT', 'METHOD', 'OTHER')),
    status                 varchar(20)   not null check (status in ('DRAFT', 'PUBLISHED', 'UNPUBLISHED')),
    title                  varchar(300)  not null,
    summary                text,
    body                   text,
    year                   integer,
    grant_id               uuid,
    programme_code         varchar(20),
    implementation_status  varchar(20)   not null check (implementation_status in ('IMPLEMENTED', 'PARTLY',
                                                                                  'NOT_IMPLEMENTED', 'UNKNOWN')),
    outcome                text,
    contact                varchar(500),
    created_at             timestamptz   not null,
    updated_at             timestamptz   not null,
    published_at           timestamptz,
    published_version      integer       not null default 0
);
-- One item per grant that came from the grant's approved report: makes the automatic draft idempotent.
create unique index knowledge_item_grant on knowledge_item (grant_id) where grant_id is not null;
create index knowledge_item_status_year on knowledge_item (status, year);

-- The organisations behind the item, the lead (huvudman) at position 0.
create table knowledge_item_organisation (
    item_id          uuid     not null references knowledge_item (id) on delete cascade,
    position         integer  not null,
    organisation_id  uuid     not null,
    primary key (item_id, position)
);
create index knowledge_item_organisation_org on knowledge_item_organisation (organisation_id);

create table knowledge_item_area (
    item_id    uuid         not null references knowledge_item (id) on delete cascade,
    position   integer      not null,
    area_code  varchar(60)  not null references knowledge_area (code),
    primary key (item_id, position)
);

create table knowledge_item_target_group (
    item_id       uuid           not null references knowledge_item (id) on delete cascade,
    position      integer        not null,
    target_group  varchar(500)   not null,
    primary key (item_id, position)
);

create table knowledge_item_method (
    item_id      uuid          not null references knowledge_item (id) on delete cascade,
    position     integer       not null,
    method_name  varchar(300)  not null,
    primary key (item_id, position)
);

-- Every publication keeps a snapshot of what was published, numbered 1, 2, ...
create table knowledge_item_version (
    id            uuid primary key,
    item_id       uuid          not null references knowledge_item (id) on delete cascade,
    number        integer       not null,
    snapshot      jsonb         not null,
    published_at  timestamptz   not null,
    published_by  varchar(60)   not null,
    unique (item_id, number)
);

-- Files of an item (e.g. the final report as PDF); the bytes live in the file store.
create table knowledge_attachment (
    id            uuid primary key,
    item_id       uuid          not null references knowledge_item (id) on delete cascade,
    file_name     varchar(255)  not null,
    content_type  varchar(200)  not null,
    size_bytes    bigint        not null,
    storage_key   varchar(300)  not null,
    uploaded_at   timestamptz   not null,
    uploaded_by   varchar(60)   not null
);
create index knowledge_attachment_item on knowledge_attachment (item_id);
