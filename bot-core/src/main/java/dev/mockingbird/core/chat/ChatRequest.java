package dev.mockingbird.core.chat;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One thing a person did in a chat, translated by an adapter into the engine's terms. Self-validating: an adapter
 * cannot build a request the engine would have to second-guess.
 *
 * @param platform    a short lower-case platform name ({@code telegram}, {@code discord}, {@code console})
 * @param chatId      the platform's chat id, as text
 * @param chatKind    private conversation or shared room
 * @param userId      the platform's id of the person, as text
 * @param displayName how to address the person; control characters removed, length capped
 * @param input       the text or the button press
 * @param updateId    the platform's id of this update, when it has one; a redelivered update is handled once
 * @param botName     the bot's own name on the platform (Telegram's username), when known: the engine answers
 *                    {@code /ask@ThatName} and leaves a command addressed to another bot alone
 * @param admin       true when the update itself shows that the sender administers the chat (Discord's member
 *                    permissions, a Telegram message sent as the group by an anonymous admin); false when it does
 *                    not say, and the engine then asks the platform's {@code ChatAdminsPort} if it needs to know
 */
public record ChatRequest(String platform, String chatId, ChatKind chatKind, String userId, String displayName,
                          Input input, Optional<String> updateId, Optional<String> botName, boolean admin) {

    private static final Pattern PLATFORM = Pattern.compile("[a-z][a-z0-9-]{0,19}");
    private static final int MAX_ID_LENGTH = 128;
    private static final int MAX_NAME_LENGTH = 64;

    public ChatRequest {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(chatKind, "chatKind");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(updateId, "updateId");
        Objects.requireNonNull(botName, "botName");
        if (!PLATFORM.matcher(platform).matches()) {
            throw new IllegalArgumentException("platform must be a short lower-case name: " + platform);
        }
        chatId = requireId(chatId, "chatId");
        userId = requireId(userId, "userId");
        displayName = cleanName(displayName);
    }

    /** A request without an update id. */
    public ChatRequest(String platform, String chatId, ChatKind chatKind, String userId, String displayName,
                       Input input) {
        this(platform, chatId, chatKind, userId, displayName, input, Optional.empty(), Optional.empty(), false);
    }

    /** The same request, carrying the platform's update id so redeliveries are recognised. */
    public ChatRequest withUpdateId(String id) {
        return new ChatRequest(platform, chatId, chatKind, userId, displayName, input, Optional.of(requireId(id,
                "updateId")), botName, admin);
    }

    /** The same request, naming the bot as the platform knows it, so commands addressed to other bots are told. */
    public ChatRequest withBotName(String name) {
        return new ChatRequest(platform, chatId, chatKind, userId, displayName, input, updateId,
                Optional.of(requireId(name, "botName")), admin);
    }

    /** The same request, saying whether the update shows the sender administers the chat. */
    public ChatRequest withAdmin(boolean isAdmin) {
        return new ChatRequest(platform, chatId, chatKind, userId, displayName, input, updateId, botName, isAdmin);
    }

    /** A typed message. */
    public static ChatRequest text(String platform, String chatId, ChatKind kind, String userId, String name,
                                   String text) {
        return new ChatRequest(platform, chatId, kind, userId, name, new Input.Text(text));
    }

    /** A button press. */
    public static ChatRequest press(String platform, String chatId, ChatKind kind, String userId, String name,
                                    String data) {
        return new ChatRequest(platform, chatId, kind, userId, name, new Input.Press(data));
    }

    /** A command the platform parsed, with its options by name. */
    public static ChatRequest invocation(String platform, String chatId, ChatKind kind, String userId, String name,
                                         String command, Map<String, String> options) {
        return new ChatRequest(platform, chatId, kind, userId, name, new Input.Invocation(command, options));
    }

    private static String requireId(String id, String field) {
        Objects.requireNonNull(id, field);
        if (id.isBlank() || id.length() > MAX_ID_LENGTH) {
            throw new IllegalArgumentException(field + " must be 1.." + MAX_ID_LENGTH + " characters");
        }
        return id;
    }

    private static final java.util.regex.Pattern CONTROL = java.util.regex.Pattern.compile("\\p{Cntrl}");

    private static String cleanName(String name) {
        // Names rarely hold control characters: check before running the pattern, which every request would pay.
        String cleaned = name == null ? "" : (name.chars().anyMatch(Character::isISOControl)
                ? CONTROL.matcher(name).replaceAll(" ") : name).strip();
        if (cleaned.isEmpty()) {
            return "there";
        }
        return cleaned.length() <= MAX_NAME_LENGTH ? cleaned : cleaned.substring(0, MAX_NAME_LENGTH) + "…";
    }
}
