package dev.mockingbird.core.chat;

/**
 * What adapters report about the platform as they deliver. A chat the bot can no longer post to (blocked, kicked,
 * deleted): the engine owns chat status, marks the chat gone here, and active again as soon as anyone uses the bot
 * there. A platform API call that failed: only counted, for an operator's metrics.
 */
@FunctionalInterface
public interface PlatformReports {

    /** The bot can no longer post to this chat, for this reason from the platform. */
    void gone(String platform, String chatId, String reason);

    /**
     * A call to the platform's API failed or was rate-limited.
     *
     * @param outcome {@code 429}, {@code 4xx}, {@code 5xx} or {@code network}
     */
    default void apiFailed(String platform, String outcome) {
    }

    /** The outcome label for an HTTP status, or {@code network} when no answer came (status 0). */
    static String outcome(int status) {
        if (status == 429) {
            return "429";
        }
        return status >= 500 ? "5xx" : status >= 400 ? "4xx" : "network";
    }
}
