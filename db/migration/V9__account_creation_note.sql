-- How an account came to be (who, and from what, e.g. "Imported from accounts.csv") is kept on the account
-- itself, so a bulk import of 100,000 accounts writes no 100,000 history rows (a third of its time); the
-- account's history shows this note as its first entry.
alter table customer_account add column created_by varchar(254);
alter table customer_account add column creation_note text;
