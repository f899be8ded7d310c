package dev.mockingbird.core.chat;

import java.util.List;
import java.util.Objects;

/** What the engine wants shown. Adapters render the {@link RichText} and buttons in their platform's terms. */
public sealed interface Reply {

    /** A new message. */
    record Send(RichText text, List<Button> buttons, Audience audience) implements Reply {
        public Send {
            Objects.requireNonNull(text, "text");
            buttons = List.copyOf(buttons);
            Objects.requireNonNull(audience, "audience");
        }
    }

    /** Replace the message whose button was pressed (text and buttons). Only answers a {@link Input.Press}. */
    record Edit(RichText text, List<Button> buttons) implements Reply {
        public Edit {
            Objects.requireNonNull(text, "text");
            buttons = List.copyOf(buttons);
        }
    }

    /**
     * A short, transient note to the person who pressed a button (a toast on Telegram, an ephemeral line on Discord).
     * Plain text; never markup.
     */
    record Notice(String text) implements Reply {
        public Notice {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A message to everyone in the chat. */
    static Reply send(RichText text, List<Button> buttons) {
        return new Send(text, buttons, Audience.CHAT);
    }

    /** A message to everyone in the chat, without buttons. */
    static Reply send(RichText text) {
        return new Send(text, List.of(), Audience.CHAT);
    }

    /** A plain-text message to everyone in the chat. */
    static Reply text(String plain) {
        return send(RichText.plain(plain));
    }
}
