package dev.mockingbird.core.access;

/**
 * The outgoing port that asks a platform whether a person administers a chat (Telegram's {@code getChatMember}).
 * Asked only when a request changes something the whole chat shares and the update itself did not say.
 */
public interface ChatAdminsPort {

    /**
     * Whether this person is an admin of this group chat. Implementations may cache the answer for a few minutes and
     * answer false when the platform cannot be asked: refusing a change is safer than letting anyone make it.
     */
    boolean isAdmin(String platform, String chatId, String userId);

    /** A port that knows no admins: only what the updates themselves say counts. */
    static ChatAdminsPort none() {
        return (platform, chatId, userId) -> false;
    }
}
