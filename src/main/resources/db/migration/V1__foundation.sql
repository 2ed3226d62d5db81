-- Organisations with their history: valid-from/to and what they became.
create table organisation (
    id            uuid primary key,
    code          varchar(60)  not null unique,
    name          varchar(200) not null,
    kind          varchar(30)  not null,
    parent_id     uuid references organisation (id),
    valid_from    date,
    valid_to      date,
    successor_id  uuid references organisation (id),
    succession    varchar(20),
    note          varchar(1000),
    version       bigint       not null default 0
);

create table user_account (
    id               uuid primary key,
    username         varchar(60)  not null unique,
    password_hash    varchar(200) not null,
    display_name     varchar(200) not null,
    email            varchar(200),
    phone            varchar(40),
    role             varchar(30)  not null,
    organisation_id  uuid         not null references organisation (id),
    enabled          boolean      not null default true,
    version          bigint       not null default 0
);

-- Every change: who, when, what, and the object before and after as JSON.
create table audit_entry (
    id            bigint generated always as identity primary key,
    occurred_at   timestamptz  not null,
    actor         varchar(60)  not null,
    object_type   varchar(60)  not null,
    object_id     varchar(60)  not null,
    action        varchar(60)  not null,
    before_state  jsonb,
    after_state   jsonb
);
create index audit_entry_object on audit_entry (object_type, object_id, occurred_at);
