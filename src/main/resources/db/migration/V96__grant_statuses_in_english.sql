-- The grants' enums are named in English in the code (their Swedish and English names are in the message bundles),
-- and JPA stores them by name, so the stored values follow.
alter table grant_report drop constraint if exists grant_report_status_check;
alter table grant_report_attachment drop constraint if exists grant_report_attachment_kind_check;

update fund_grant set status = case status
    when 'BEVILJAD' then 'GRANTED'
    when 'UTBETALD' then 'PAID'
    when 'PAGAR' then 'IN_PROGRESS'
    when 'REDOVISNING_INLAMNAD' then 'REPORT_HANDED_IN'
    when 'GODKAND' then 'APPROVED'
    when 'KOMPLETTERING' then 'RETURNED_FOR_COMPLETION'
    when 'AVSLUTAD' then 'CLOSED'
    else status end;

update grant_report set status = case status
    when 'UTKAST' then 'DRAFT'
    when 'INLAMNAD' then 'HANDED_IN'
    when 'ATERSKICKAD' then 'RETURNED'
    when 'GODKAND' then 'APPROVED'
    else status end;

update grant_report_attachment set kind = case kind
    when 'SLUTRAPPORT' then 'FINAL_REPORT'
    when 'FORSTUDIE' then 'PRE_STUDY'
    when 'RESERAPPORT' then 'TRAVEL_REPORT'
    when 'OVRIGT' then 'OTHER'
    else kind end;

alter table fund_grant add constraint fund_grant_status_check check (status in
    ('GRANTED', 'PAID', 'IN_PROGRESS', 'REPORT_HANDED_IN', 'APPROVED', 'RETURNED_FOR_COMPLETION', 'CLOSED'));
alter table grant_report add constraint grant_report_status_check check (status in
    ('DRAFT', 'HANDED_IN', 'RETURNED', 'APPROVED'));
alter table grant_report_attachment add constraint grant_report_attachment_kind_check check (kind in
    ('FINAL_REPORT', 'PRE_STUDY', 'TRAVEL_REPORT', 'OTHER'));
