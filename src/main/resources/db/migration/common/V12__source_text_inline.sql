-- A source's text (at most 1,000,000 characters) is stored in its row: as a CLOB, H2 kept every text
-- over 256 characters in a separate store, slower to write and larger on disk.
alter table source alter column text set data type varchar(1000000);
