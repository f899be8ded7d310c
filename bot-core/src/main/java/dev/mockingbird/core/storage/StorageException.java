package dev.mockingbird.core.storage;

/**
 * The store could not do what was asked (unreachable, read-only, full). The engine turns it into a friendly reply;
 * the app turns it into one line at start-up.
 */
public final class StorageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A storage failure with its cause. */
    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }

    /** A storage failure. */
    public StorageException(String message) {
        super(message);
    }
}
