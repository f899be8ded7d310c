package dev.mockingbird.core.chat;

/** A message that could not be delivered by an {@link OutboundPort}. */
public final class DeliveryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final boolean permanent;

    /**
     * A failed delivery.
     *
     * @param message   what happened, without secrets
     * @param permanent true when retrying cannot help (the bot was blocked, kicked or the chat is gone)
     */
    public DeliveryException(String message, boolean permanent) {
        super(message);
        this.permanent = permanent;
    }

    /** Whether retrying cannot help: the chat should be treated as inactive. */
    public boolean permanent() {
        return permanent;
    }
}
