-- Work done in bulk (an import) is audited once per chunk of lines, not once per record: the records
-- such a chunk created point at its entry, and their history shows it.
alter table quote add column import_entry_id bigint references audit_entry (id);
alter table speaker add column import_entry_id bigint references audit_entry (id);
alter table venue add column import_entry_id bigint references audit_entry (id);
alter table source add column import_entry_id bigint references audit_entry (id);
create index quote_import_entry_idx on quote (import_entry_id);
