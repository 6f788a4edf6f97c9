package org.quotedesk.curation;

/**
 * How a quote names its speaker, its venue or its source: a stored record by its id, or a record by
 * its name (a source by its title), with the details of a new one to create when none has it.
 *
 * @param <I> the record as a client writes it: the details of a new one
 */
public sealed interface Reference<I> {

    /** A stored record: a 400 when none has this id. */
    record ById<I>(long id) implements Reference<I> {
    }

    /**
     * The one record with this name; when there is none, a new one with these details (null: then
     * it is a 400, the name must be known). Several with the name is a 400 too: give the id.
     */
    record ByName<I>(String name, I ifNew) implements Reference<I> {
    }
}
