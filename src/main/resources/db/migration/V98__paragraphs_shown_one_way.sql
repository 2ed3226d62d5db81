-- A minutes' paragraph is shown one way, "§ 7" (decisions/rules/ParagraphShownOneWay): what was stored as "7", "§7" or
-- "7 §" before the rule is rewritten in that form; anything else is left as it was typed.
update decision_document
   set paragraph = rtrim('§ ' || (regexp_match(paragraph, '^\s*§?\s*0*([0-9]{1,5})\s*([a-zA-ZåäöÅÄÖ]?)\s*§?\s*$'))[1]
                   || ' ' || lower((regexp_match(paragraph, '^\s*§?\s*0*([0-9]{1,5})\s*([a-zA-ZåäöÅÄÖ]?)\s*§?\s*$'))[2]))
 where paragraph ~ '^\s*§?\s*0*([0-9]{1,5})\s*([a-zA-ZåäöÅÄÖ]?)\s*§?\s*$';

update decision_outcome
   set paragraph = rtrim('§ ' || (regexp_match(paragraph, '^\s*§?\s*0*([0-9]{1,5})\s*([a-zA-ZåäöÅÄÖ]?)\s*§?\s*$'))[1]
                   || ' ' || lower((regexp_match(paragraph, '^\s*§?\s*0*([0-9]{1,5})\s*([a-zA-ZåäöÅÄÖ]?)\s*§?\s*$'))[2]))
 where paragraph ~ '^\s*§?\s*0*([0-9]{1,5})\s*([a-zA-ZåäöÅÄÖ]?)\s*§?\s*$';

update fund_grant
   set paragraph = rtrim('§ ' || (regexp_match(paragraph, '^\s*§?\s*0*([0-9]{1,5})\s*([a-zA-ZåäöÅÄÖ]?)\s*§?\s*$'))[1]
                   || ' ' || lower((regexp_match(paragraph, '^\s*§?\s*0*([0-9]{1,5})\s*([a-zA-ZåäöÅÄÖ]?)\s*§?\s*$'))[2]))
 where paragraph ~ '^\s*§?\s*0*([0-9]{1,5})\s*([a-zA-ZåäöÅÄÖ]?)\s*§?\s*$';
