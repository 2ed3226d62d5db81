-- A fully attested version's PDF/A, signed (PAdES) over what was attested and kept as the archived copy: its key in
-- the file store and when it was signed. Empty for versions not (yet) fully attested.
alter table decision_document add column signed_pdf_key varchar(200);
alter table decision_document add column signed_at timestamptz;
