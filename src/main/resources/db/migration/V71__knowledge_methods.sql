-- Methods catalogue after Socialstyrelsen's Metodguiden: what a method is, its evidence, who tried it and who kept it.
create table knowledge_method (
    id               uuid primary key,
    version          bigint       not null,
    name             varchar(200) not null unique,
    type             varchar(30)  not null,
    target_group     text,
    purpose          text,
    how_it_is_done   text,
    training         text,
    evidence_status  varchar(30)  not null,
    evidence_source  varchar(500),
    evidence_note    text,
    created_at       timestamptz  not null,
    updated_at       timestamptz  not null
);

-- A project that tried the method: a knowledge item, a grant, or only a title from the old reports.
create table knowledge_method_trial (
    method_id  uuid         not null references knowledge_method (id) on delete cascade,
    position   int          not null,
    title      varchar(300) not null,
    year       int,
    item_id    uuid,
    grant_id   uuid,
    primary key (method_id, position)
);

-- An organisation that took the method into its regular work (name as written in the source).
create table knowledge_method_adopter (
    method_id  uuid         not null references knowledge_method (id) on delete cascade,
    position   int          not null,
    name       varchar(300) not null,
    primary key (method_id, position)
);
