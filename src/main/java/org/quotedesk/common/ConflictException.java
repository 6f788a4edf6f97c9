package org.quotedesk.common;

/**
 * The request conflicts with the stored state: a stale version, or a record still in use. A 409;
 * {@code currentVersion}, when known, is the version the client should reload.
 */
public class ConflictException extends RuntimeException {

    private final Long currentVersion;

    public ConflictException(String detail, Long currentVersion) {
        super(detail);
        this.currentVersion = currentVersion;
    }

    public ConflictException(String detail) {
        this(detail, null);
    }

    public Long currentVersion() {
        return currentVersion;
    }

    /**
     * An update must carry the version the client read (a 400 without it); a stale one, because
     * someone saved in between, is a 409 naming the current version.
     */
    public static void checkVersion(String kind, long id, Long sent, long current) {
        if (sent == null) {
            throw ValidationFailedException.of("version", "is required: send the version you read");
        }
        if (sent != current) {
            throw new ConflictException("The " + kind + " " + id + " has been changed since version " + sent
                    + " was read: it is now at version " + current + ". Reload it, re-apply your change, and save again.",
                    current);
        }
    }
}
