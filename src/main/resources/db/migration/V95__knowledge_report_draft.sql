-- A grant has one knowledge item (index knowledge_item_grant). When the grant's report is approved while that item is
-- published (the demo's project plans, or an item an officer published), the report waits beside it as the item's
-- next draft: readers keep the published version until an officer publishes the draft.
alter table knowledge_item add column report_draft jsonb;
alter table knowledge_item add column report_draft_at timestamptz;
create index knowledge_item_report_draft on knowledge_item (updated_at) where report_draft is not null;
