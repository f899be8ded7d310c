package dev.mockingbird.core.chat;

import java.util.Objects;

/** What a person did: typed text, or pressed one of the bot's buttons. */
public sealed interface Input {

    /** A typed message; commands start with {@code /}. */
    record Text(String text) implements Input {
        public Text {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A button press carrying the data the engine put on the button. */
    record Press(String data) implements Input {
        public Press {
            Objects.requireNonNull(data, "data");
        }
    }
}
