package dev.mockingbird.core.chat;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What the engine wants shown. Adapters render the {@link RichText} and buttons in their platform's terms. */
public sealed interface Reply {

    /**
     * A new message.
     *
     * @param replyTo the platform's id of an earlier message in the same chat that this one answers (a team's reveal
     *                answers its question's post); adapters that can show the link do, the rest post it plainly
     */
    record Send(RichText text, List<Button> buttons, Audience audience, Optional<String> replyTo) implements Reply {
        public Send {
            Objects.requireNonNull(text, "text");
            buttons = List.copyOf(buttons);
            Objects.requireNonNull(audience, "audience");
            Objects.requireNonNull(replyTo, "replyTo");
        }

        /** A message that answers no earlier one. */
        public Send(RichText text, List<Button> buttons, Audience audience) {
            this(text, buttons, audience, Optional.empty());
        }

        /** The same message, as an answer to the message with this platform id. */
        public Send replyingTo(String messageId) {
            return new Send(text, buttons, audience, Optional.of(messageId));
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
