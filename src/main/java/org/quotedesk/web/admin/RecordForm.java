package org.quotedesk.web.admin;

import java.util.List;

/**
 * The form of a speaker, a venue or a source, as typed: strings, so that whatever the editor typed
 * comes back to the form when it is wrong.
 *
 * @param <I> the record as the curation service takes it
 */
public interface RecordForm<I> {

    /** The input for the service: a value that cannot be read is a 400 naming its field. */
    I toInput();

    /** The fields, in order, with what was typed. */
    List<FormField> fields();

    /** The version the form was read at (a hidden field); empty for a new record. */
    String version();
}
