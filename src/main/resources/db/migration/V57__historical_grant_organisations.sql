-- Organisations the historical grants need that V2/V3 lack. Every 2002 district administration of seeds/001 (and
-- Simba) is already there with its lineage; seeds/004 names two units of the social services administration for
-- its 2017 projects. The seed does not say which administration "boende- och behandlingsenheten" belongs to: it is
-- placed under Socialförvaltningen, which the note says.
insert into organisation (id, code, name, kind, parent_id, note)
select gen_random_uuid(), 'sof-familjeradgivning', 'Socialförvaltningen, Socialtjänstavdelningens familjerådgivning',
       'UNIT', id, 'Genomförde 2017 förstudien Stödgrupper för föräldrar efter separation (seeds/004).'
from organisation where code = 'socialforvaltningen'
and not exists (select 1 from organisation where code = 'sof-familjeradgivning');

insert into organisation (id, code, name, kind, parent_id, note)
select gen_random_uuid(), 'sof-boende-behandling', 'Socialförvaltningen, Boende- och behandlingsenheten',
       'UNIT', id, 'Genomförde 2017 förstudien Brukarskola (seeds/004). Dokumentet anger inte förvaltningen; '
       || 'Socialförvaltningen är ett antagande.'
from organisation where code = 'socialforvaltningen'
and not exists (select 1 from organisation where code = 'sof-boende-behandling');
