-- How the decision document states a rejection reason after "Projektet ”…” " (seeds/002, Ärendet).
alter table reason_category add column document_phrase varchar(500);

update reason_category set document_phrase = 'bedöms inte uppfylla huvudkriteriet om nya arbetssätt/metoder.'
 where id = '7a1c0e2e-5b1f-4c8e-9d10-000000000001';
update reason_category set document_phrase = 'bedöms uppfylla huvudkriterierna men projektet bedöms inte uppfylla något av de prioriterade områdena.'
 where id = '7a1c0e2e-5b1f-4c8e-9d10-000000000002';
update reason_category set document_phrase = 'bedöms ligga utanför socialtjänstens verksamhetsområde.'
 where id = '7a1c0e2e-5b1f-4c8e-9d10-000000000003';
update reason_category set document_phrase = 'bedöms ha en bristfällig logik mellan problemformulering och föreslagen metod.'
 where id = '7a1c0e2e-5b1f-4c8e-9d10-000000000004';
