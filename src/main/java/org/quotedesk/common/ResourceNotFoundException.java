package org.quotedesk.common;

/** No record of that kind has that id: a 404. */
public class ResourceNotFoundException extends RuntimeException {

    public ResourceNotFoundException(String kind, long id) {
        super("No " + kind + " with id " + id);
    }
}
