-- How today's districts came about, as the seeds tell it, and one more external organisation from seeds/001.
-- Existing notes are kept.
update organisation o set note = n.note
from (values
  ('jarva', 'Bildades 2020-01-01 då Rinkeby-Kista och Spånga-Tensta slogs samman.'),
  ('hagersten-alvsjo', 'Bildades 2020-01-01 då Hägersten-Liljeholmen och Älvsjö slogs samman.'),
  ('rinkeby-kista', 'Bildades 2007-01-01 då Rinkeby och Kista slogs samman.'),
  ('sodermalm', 'Bildades 2007-01-01 då Maria-Gamla stan och Katarina-Sofia slogs samman.'),
  ('enskede-arsta-vantor', 'Bildades 2007-01-01 då Enskede-Årsta och Vantör slogs samman.'),
  ('hagersten-liljeholmen', 'Bildades 2007-01-01 då Hägersten och Liljeholmen slogs samman.'),
  ('hagersten', 'Sökte metodutvecklingsmedel 2002–2003 tillsammans med Älvsjö och Liljeholmen (”Hägersten, Älvsjö och Liljeholmen”).'),
  ('liljeholmen', 'Sökte metodutvecklingsmedel 2002–2003 tillsammans med Hägersten och Älvsjö (”Hägersten, Älvsjö och Liljeholmen”).'),
  ('alvsjo', 'Sökte metodutvecklingsmedel 2002–2003 tillsammans med Hägersten och Liljeholmen (”Hägersten, Älvsjö och Liljeholmen”).')
) as n(code, note)
where o.code = n.code and o.note is null;

insert into organisation (id, code, name, kind, valid_from, valid_to, note)
select gen_random_uuid(), 'ifs', 'Internationella företagarföreningen (IFS)', 'EXTERNAL', null, null,
       'Företagsrådgivning på olika språk. Beviljades 200 tkr av integrationsnämnden 2002–2003 för att återetablera sig i Stockholm.'
where not exists (select 1 from organisation where code = 'ifs');
