-- The administrators' and auditors' log of every change (/audit) lists entries newest first across objects, paged by
-- (occurred_at, id), and is mostly asked "what did this person do in this period": one index for the period alone and
-- one for a person's period keep both pages fast at millions of entries (the object filter has audit_entry_object).
create index audit_entry_time on audit_entry (occurred_at, id);
create index audit_entry_actor_time on audit_entry (actor, occurred_at, id);
