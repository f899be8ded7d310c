package dev.mockingbird.core.chat;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A button under a reply.
 *
 * @param label   what the button says
 * @param data    what comes back in {@link Input.Press} when it is pressed; at most 64 bytes (Telegram's limit)
 * @param command the command that does the same thing, for chats that cannot show buttons (the console)
 * @param kind    what pressing it does
 */
public record Button(String label, String data, String command, Kind kind) {

    /** Telegram's callback data limit, the tightest of the platforms. */
    public static final int MAX_DATA_BYTES = 64;
    /** The data of every {@link Kind#TEXT_ENTRY} button; adapters that open a text box recognise it by this. */
    public static final String TEXT_ENTRY_DATA = "1:type";

    /** What pressing a button does. */
    public enum Kind {
        /** Sends its data back as an {@link Input.Press}. */
        PRESS,
        /**
         * Asks for the person's own words (an answer). Where people simply type messages (Telegram, the console)
         * adapters leave it out; where the bot cannot read typed messages (Discord) they open a text box and send
         * what was entered as {@link Input.Text}.
         */
        TEXT_ENTRY,
        /**
         * Answers a team post privately; its data is the post's payload (letters, digits, {@code _} and {@code -}).
         * Telegram links to a private chat with the bot ({@code https://t.me/<bot>?start=<data>}, which arrives as
         * {@code /start <data>}); Discord opens a text box whose words arrive as {@code /start <data> <words>} from the
         * person's own DM; the console shows the command.
         */
        PRIVATE_ANSWER
    }

    /** A button that lets a person answer a team post privately, by its payload. */
    public static Button privateAnswer(String label, String payload) {
        if (!payload.matches("[A-Za-z0-9_-]{1,64}")) {
            throw new IllegalArgumentException("a deep-link payload is 1-64 of A-Za-z0-9_-: " + payload);
        }
        return new Button(label, payload, "/start " + payload, Kind.PRIVATE_ANSWER);
    }

    /** A button that sends its data back when pressed. */
    public Button(String label, String data, String command) {
        this(label, data, command, Kind.PRESS);
    }

    /** A button that asks for the person's own words. */
    public static Button textEntry(String label) {
        return new Button(label, TEXT_ENTRY_DATA, "type your answer", Kind.TEXT_ENTRY);
    }

    public Button {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(kind, "kind");
        if (data.isEmpty() || data.getBytes(StandardCharsets.UTF_8).length > MAX_DATA_BYTES) {
            throw new IllegalArgumentException("button data must be 1.." + MAX_DATA_BYTES + " bytes: " + data);
        }
    }
}
