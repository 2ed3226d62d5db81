-- Aviseringar: what a user was told by an event of Fuel, kept for them to read in the app. The text is a message key
-- and its arguments (a JSON array of strings), so that it is shown in the reader's language.
create table notification (
    id           uuid primary key,
    version      bigint        not null,
    user_id      uuid          not null references user_account (id) on delete cascade,
    kind         varchar(40)   not null,
    message_key  varchar(200)  not null,
    arguments    jsonb         not null,
    link         varchar(2000) not null,
    created_at   timestamptz   not null,
    read_at      timestamptz
);
-- The bell counts a user's unread ones on every page; the list pages through them newest first.
create index notification_user_created on notification (user_id, created_at desc);
create index notification_user_unread on notification (user_id) where read_at is null;
