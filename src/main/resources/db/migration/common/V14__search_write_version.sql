-- Orders the writes of several instances to one shared search index (OpenSearch): each instance
-- takes a number before it reads the quotes it indexes, and the index keeps the highest.
create sequence search_write_version;
