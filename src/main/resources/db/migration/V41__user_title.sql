-- A user's job title, shown with their name in signatures and attestations ("Lina Blombergsson, Avdelningschef").
alter table user_account add column title varchar(200);
