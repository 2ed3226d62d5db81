-- Applications the committee has decided take the decision as their status (GRANTED, PARTIALLY_GRANTED, REJECTED,
-- the names decision_outcome keeps), so that lists, tags, filters and the API say what happened, not "submitted".
update application a
set status = o.outcome
from decision_outcome o
where o.application_id = a.id and a.status = 'SUBMITTED';
