-- Competence development (seeds/001 §3.1, seeds/003): seminars, workshops, lectures, study trips and network meetings
-- with their participants per organisation and the participants' 1–10 ratings.
create table competence_event (
    id uuid primary key,
    version bigint not null,
    event_date date not null,
    title varchar(300) not null,
    kind varchar(40) not null,
    organiser varchar(300),
    target_group varchar(500),
    description text,
    -- Participants from outside the city's organisations (övriga/externa).
    other_participants integer not null default 0 check (other_participants >= 0),
    -- Participants the source counts but does not divide by organisation (the seeds give only totals).
    unspecified_participants integer not null default 0 check (unspecified_participants >= 0),
    -- How the ratings came in: CSV or MANUAL; null while the event has no evaluation.
    evaluation_source varchar(20),
    evaluation_note varchar(500),
    created_at timestamptz not null,
    updated_at timestamptz not null
);

create index competence_event_date on competence_event (event_date);

create table competence_event_participant (
    event_id uuid not null references competence_event (id) on delete cascade,
    organisation_id uuid not null references organisation (id),
    participants integer not null check (participants > 0),
    primary key (event_id, organisation_id)
);

-- The evaluation as the number of responses per rating; rows only for ratings someone gave.
create table competence_event_rating (
    event_id uuid not null references competence_event (id) on delete cascade,
    rating smallint not null check (rating between 1 and 10),
    responses integer not null check (responses > 0),
    primary key (event_id, rating)
);
