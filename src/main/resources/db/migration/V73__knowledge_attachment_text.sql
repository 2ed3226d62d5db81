-- The text of each knowledge-bank attachment, extracted once with Tika when the file is uploaded: the PII check reads
-- it instead of parsing the file again, and search indexes it without opening any file (fast index rebuilds).
-- A row per attachment; readable = false when Tika could not read the file (then text is null).
create table knowledge_attachment_text (
    attachment_id uuid         primary key references knowledge_attachment (id) on delete cascade,
    item_id       uuid         not null references knowledge_item (id) on delete cascade,
    readable      boolean      not null,
    paged         boolean      not null,
    -- The pages separated by form feeds (U+000C), which extracted page text never keeps.
    text          text,
    extracted_at  timestamptz  not null
);
create index knowledge_attachment_text_item on knowledge_attachment_text (item_id);
