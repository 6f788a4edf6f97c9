-- A source may be a citation, without its text (a broadcast, a book, a paywalled article): its
-- locator says where in it. A quote of such a source has no offsets; a quote has both or neither.
alter table source alter column text drop not null;
alter table source add column locator varchar(500);
alter table quote alter column start_offset drop not null;
alter table quote alter column end_offset drop not null;
alter table quote add constraint quote_offsets_ck
    check ((start_offset is null and end_offset is null) or (start_offset is not null and end_offset is not null));
