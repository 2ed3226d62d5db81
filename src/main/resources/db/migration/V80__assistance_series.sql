-- Economic-assistance series (issue 6, seeds/001 Bilaga 2): one figure per organisation, period, measure and barrier
-- category. organisation_id 00000000-0000-0000-0000-000000000000 is the whole city (figures given for the city
-- itself, e.g. its unemployment rate); otherwise the city is the sum of its districts. No foreign key to
-- organisation because of that sentinel; the import checks every organisation.
-- Structural variables (unemployment, foreign-born, population...) are stored like any series, with category 'ALL'.
-- period: the first day of the month, or of the year when annual.
create table assistance_value (
    organisation_id    uuid          not null,
    measure            varchar(40)   not null,
    category           varchar(40)   not null,
    annual             boolean       not null,
    period             date          not null,
    registration_level varchar(20),
    value              numeric(18,4) not null,
    made_up            boolean       not null default false,
    import_id          uuid,
    primary key (organisation_id, measure, category, annual, period)
);

-- Breaks that hold for every organisation's series; breaks between months of different registration level are
-- also found from the figures themselves.
create table assistance_series_break (
    period date         primary key,
    note   varchar(500) not null
);
insert into assistance_series_break (period, note) values
 ('2002-11-01', 'Seriebrott: från november 2002 registreras försörjningshinder per individ i stället för hushållets '
  || 'främsta hinder (övergången från Doris till Paraply). Siffrorna före och efter är inte direkt jämförbara.');

create table assistance_import (
    id               uuid          primary key,
    filename         varchar(300)  not null,
    format           varchar(20)   not null,
    duplicate_policy varchar(20)   not null,
    status           varchar(20)   not null,
    processed_rows   bigint        not null default 0,
    stored_rows      bigint        not null default 0,
    replaced_rows    bigint        not null default 0,
    skipped_rows     bigint        not null default 0,
    rejected_rows    bigint        not null default 0,
    message          varchar(2000),
    started_by       varchar(100)  not null,
    started_at       timestamptz   not null,
    finished_at      timestamptz,
    version          bigint        not null default 0
);

create table assistance_import_rejection (
    import_id uuid          not null references assistance_import (id) on delete cascade,
    line      bigint        not null,
    reason    varchar(1000) not null
);
create index assistance_import_rejection_import on assistance_import_rejection (import_id, line);
