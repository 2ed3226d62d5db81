-- Bevakningar: a user follows an area, a target group or a saved search of the knowledge bank and gets a mail when
-- an item there is published for the first time.
create table knowledge_subscription (
    id          uuid primary key,
    version     bigint         not null,
    user_id     uuid           not null references user_account (id) on delete cascade,
    kind        varchar(20)    not null check (kind in ('AREA', 'TARGET_GROUP', 'SEARCH')),
    -- AREA: the area's code; TARGET_GROUP: the target group as the items name it; SEARCH: the query string
    -- (q and the facet filters, e.g. "q=boendest%C3%B6d&area=missbruk").
    value       varchar(2000)  not null,
    created_at  timestamptz    not null,
    unique (user_id, kind, value)
);
create index knowledge_subscription_kind_value on knowledge_subscription (kind, value);
