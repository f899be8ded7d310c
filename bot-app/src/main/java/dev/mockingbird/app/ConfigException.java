package dev.mockingbird.app;

/** A configuration problem the person starting the bot can fix; its message is the one line they see. */
final class ConfigException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A problem described for the person starting the bot. */
    public ConfigException(String message) {
        super(message);
    }
}
