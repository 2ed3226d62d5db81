-- The organisations of Stockholm's social services as the seeds name them, with their history.
-- Kinds: DISTRICT (stadsdelsförvaltning), ADMINISTRATION (fackförvaltning), UNIT (a unit of an administration),
-- EXTERNAL (an organisation outside the city, e.g. Simba).
insert into organisation (id, code, name, kind, valid_from, valid_to, note) values
 -- Today's district administrations (since the 2020 reform where not older)
 (gen_random_uuid(), 'jarva',                 'Järva',                   'DISTRICT', '2020-01-01', null, null),
 (gen_random_uuid(), 'hagersten-alvsjo',      'Hägersten-Älvsjö',        'DISTRICT', '2020-01-01', null, null),
 (gen_random_uuid(), 'hasselby-vallingby',    'Hässelby-Vällingby',      'DISTRICT', '1997-01-01', null, null),
 (gen_random_uuid(), 'bromma',                'Bromma',                  'DISTRICT', '1997-01-01', null, null),
 (gen_random_uuid(), 'kungsholmen',           'Kungsholmen',             'DISTRICT', '1997-01-01', null, null),
 (gen_random_uuid(), 'norrmalm',              'Norrmalm',                'DISTRICT', '1997-01-01', null, null),
 (gen_random_uuid(), 'ostermalm',             'Östermalm',               'DISTRICT', '1997-01-01', null, null),
 (gen_random_uuid(), 'sodermalm',             'Södermalm',               'DISTRICT', '2007-01-01', null, null),
 (gen_random_uuid(), 'enskede-arsta-vantor',  'Enskede-Årsta-Vantör',    'DISTRICT', '2007-01-01', null, null),
 (gen_random_uuid(), 'skarpnack',             'Skarpnäck',               'DISTRICT', '1997-01-01', null, null),
 (gen_random_uuid(), 'farsta',                'Farsta',                  'DISTRICT', '1997-01-01', null, null),
 (gen_random_uuid(), 'skarholmen',            'Skärholmen',              'DISTRICT', '1997-01-01', null, null),
 -- 2007–2019
 (gen_random_uuid(), 'rinkeby-kista',         'Rinkeby-Kista',           'DISTRICT', '2007-01-01', '2019-12-31', null),
 (gen_random_uuid(), 'spanga-tensta',         'Spånga-Tensta',           'DISTRICT', '1997-01-01', '2019-12-31', null),
 (gen_random_uuid(), 'hagersten-liljeholmen', 'Hägersten-Liljeholmen',   'DISTRICT', '2007-01-01', '2019-12-31', null),
 (gen_random_uuid(), 'alvsjo',                'Älvsjö',                  'DISTRICT', '1997-01-01', '2019-12-31', null),
 -- 1997–2006
 (gen_random_uuid(), 'rinkeby',               'Rinkeby',                 'DISTRICT', '1997-01-01', '2006-12-31', null),
 (gen_random_uuid(), 'kista',                 'Kista',                   'DISTRICT', '1997-01-01', '2006-12-31', null),
 (gen_random_uuid(), 'vantor',                'Vantör',                  'DISTRICT', '1997-01-01', '2006-12-31', null),
 (gen_random_uuid(), 'enskede-arsta',         'Enskede-Årsta',           'DISTRICT', '1997-01-01', '2006-12-31', null),
 (gen_random_uuid(), 'maria-gamla-stan',      'Maria-Gamla stan',        'DISTRICT', '1997-01-01', '2006-12-31', null),
 (gen_random_uuid(), 'katarina-sofia',        'Katarina-Sofia',          'DISTRICT', '1997-01-01', '2006-12-31', null),
 (gen_random_uuid(), 'hagersten',             'Hägersten',               'DISTRICT', '1997-01-01', '2006-12-31', null),
 (gen_random_uuid(), 'liljeholmen',           'Liljeholmen',             'DISTRICT', '1997-01-01', '2006-12-31', null),
 -- Administrations, their units and external organisations
 (gen_random_uuid(), 'socialforvaltningen',   'Socialförvaltningen',     'ADMINISTRATION', null, null, null),
 (gen_random_uuid(), 'integrationsforvaltningen', 'Integrationsförvaltningen', 'ADMINISTRATION', null, '2007-12-31', null),
 (gen_random_uuid(), 'simba',                 'Simba',                   'EXTERNAL', '1998-01-01', null,
   'Afrosvenskarnas Riksförbund (Stockholmsavdelningen), arbetsmarknadsinriktad verksamhet vid Simba Center.');

insert into organisation (id, code, name, kind, parent_id, note)
select gen_random_uuid(), 'sof-hemlosa', 'Socialförvaltningen, Enheten för hemlösa', 'UNIT', id, null
from organisation where code = 'socialforvaltningen';
insert into organisation (id, code, name, kind, parent_id, note)
select gen_random_uuid(), 'sof-stadsovergripande', 'Socialförvaltningen, Avdelningen för stadsövergripande sociala frågor',
       'UNIT', id, 'Kör FoU-medlen.'
from organisation where code = 'socialforvaltningen';

-- Lineage: what each earlier organisation became.
update organisation o set successor_id = s.id, succession = m.kind
from (values
  ('rinkeby', 'rinkeby-kista', 'MERGED_INTO'),
  ('kista', 'rinkeby-kista', 'MERGED_INTO'),
  ('vantor', 'enskede-arsta-vantor', 'MERGED_INTO'),
  ('enskede-arsta', 'enskede-arsta-vantor', 'MERGED_INTO'),
  ('maria-gamla-stan', 'sodermalm', 'MERGED_INTO'),
  ('katarina-sofia', 'sodermalm', 'MERGED_INTO'),
  ('hagersten', 'hagersten-liljeholmen', 'MERGED_INTO'),
  ('liljeholmen', 'hagersten-liljeholmen', 'MERGED_INTO'),
  ('rinkeby-kista', 'jarva', 'MERGED_INTO'),
  ('spanga-tensta', 'jarva', 'MERGED_INTO'),
  ('hagersten-liljeholmen', 'hagersten-alvsjo', 'MERGED_INTO'),
  ('alvsjo', 'hagersten-alvsjo', 'MERGED_INTO')
) as m(code, successor, kind)
join organisation s on s.code = m.successor
where o.code = m.code;
