package dev.mockingbird.core.session;

import dev.mockingbird.core.chat.ChatKind;
import dev.mockingbird.core.chat.ChatRequest;
import java.util.Objects;

/**
 * Whose session a request belongs to: the person's in a private chat, the chat's in a group.
 *
 * @param platform the platform name
 * @param scope    {@code user} or {@code chat}
 * @param id       the user or chat id on that platform
 */
public record SessionKey(String platform, String scope, String id) {

    public SessionKey {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(id, "id");
        if (!scope.equals("user") && !scope.equals("chat")) {
            throw new IllegalArgumentException("scope must be user or chat");
        }
    }

    /** The session a request acts on. */
    public static SessionKey of(ChatRequest request) {
        return request.chatKind() == ChatKind.PRIVATE
                ? person(request)
                : new SessionKey(request.platform(), "chat", request.chatId());
    }

    /** The person behind a request, wherever they wrote. */
    public static SessionKey person(ChatRequest request) {
        return new SessionKey(request.platform(), "user", request.userId());
    }

    /** The kind of chat this session lives in: a person's own ({@code user}) or a shared room's. */
    public ChatKind chatKind() {
        return scope.equals("chat") ? ChatKind.GROUP : ChatKind.PRIVATE;
    }

    /** A compact string form, {@code platform:scope:id}, for storage keys and logs. */
    public String asString() {
        return platform + ":" + scope + ":" + id;
    }

    /** Reads {@link #asString()}'s form back; ids may themselves hold colons. */
    public static SessionKey parse(String text) {
        String[] parts = text.split(":", 3);
        if (parts.length != 3) {
            throw new IllegalArgumentException("not a session key: " + text);
        }
        return new SessionKey(parts[0], parts[1], parts[2]);
    }
}
