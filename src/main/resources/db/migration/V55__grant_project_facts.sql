-- What a grant's follow-up and the annual report need to know of the project: its target group and its goals and
-- purpose (copied from the application, so that the grant reads the same whatever happens to the application), the
-- partner organisations beside the lead, and the area it belongs to in reports.
-- Grants decided before Fuel (seeds/001: 32 projects 2002-2003, seeds/004: 2017) have no application or call in
-- Fuel: their origin says so, and both ids become optional.
alter table fund_grant alter column application_id drop not null;
alter table fund_grant alter column call_id drop not null;
alter table fund_grant add column origin varchar(20) not null default 'DECISION'
    check (origin in ('DECISION', 'HISTORICAL'));
alter table fund_grant add column target_group text;
alter table fund_grant add column purpose text;
alter table fund_grant add column area varchar(100);
alter table fund_grant add constraint fund_grant_decided_has_application
    check (origin = 'HISTORICAL' or (application_id is not null and call_id is not null));

create table fund_grant_partner (
    grant_id        uuid not null references fund_grant (id),
    organisation_id uuid not null references organisation (id),
    primary key (grant_id, organisation_id)
);
