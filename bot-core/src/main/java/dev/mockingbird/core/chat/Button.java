package dev.mockingbird.core.chat;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A button under a reply.
 *
 * @param label   what the button says
 * @param data    what comes back in {@link Input.Press} when it is pressed; at most 64 bytes (Telegram's limit)
 * @param command the command that does the same thing, for chats that cannot show buttons (the console)
 */
public record Button(String label, String data, String command) {

    /** Telegram's callback data limit, the tightest of the platforms. */
    public static final int MAX_DATA_BYTES = 64;

    public Button {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(command, "command");
        if (data.isEmpty() || data.getBytes(StandardCharsets.UTF_8).length > MAX_DATA_BYTES) {
            throw new IllegalArgumentException("button data must be 1.." + MAX_DATA_BYTES + " bytes: " + data);
        }
    }
}
