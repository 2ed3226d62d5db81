-- Every outgoing mail is kept here; delivery reads the pending ones. Status: PENDING, SENT, FAILED, OUTBOX_ONLY.
create table mail_outbox (
    id uuid primary key,
    version bigint not null,
    created_at timestamptz not null,
    recipient_user_id uuid,
    recipient_address text not null,
    recipient_name text,
    kind text not null,
    subject text not null,
    body text not null,
    related_type text,
    related_id uuid,
    status text not null,
    attempts int not null default 0,
    last_error text,
    sent_at timestamptz
);
create index mail_outbox_status_idx on mail_outbox (status);
create index mail_outbox_created_idx on mail_outbox (created_at desc);

-- A row means the user does NOT want mail of that kind; no row means they do (default all on).
create table mail_opt_out (
    user_id uuid not null,
    kind text not null,
    primary key (user_id, kind)
);
