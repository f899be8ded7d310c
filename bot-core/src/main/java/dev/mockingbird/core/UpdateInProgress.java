package dev.mockingbird.core;

/**
 * Thrown by {@link ChatEngine#handle} for an update another instance handled and is still delivering the replies to:
 * the platform should offer it again later (a webhook answers with a retryable status), when either its replies were
 * delivered and it is skipped, or that instance died and this one sends them.
 */
public final class UpdateInProgress extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** For the update with this id. */
    public UpdateInProgress(String updateId) {
        super("update " + updateId + " is being answered by another instance");
    }
}
