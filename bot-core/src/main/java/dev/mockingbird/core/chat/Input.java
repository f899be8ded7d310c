package dev.mockingbird.core.chat;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a person did: typed text, pressed one of the bot's buttons, or invoked a command the platform parsed itself.
 */
public sealed interface Input {

    /** A typed message; commands start with {@code /} and the engine reads them. */
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

    /**
     * A command with its arguments already structured by the platform (a Discord slash command and its options), so
     * the engine reads them by name instead of parsing typed text.
     *
     * @param command the command's name without the slash, lower case
     * @param options the options given, by name; values stripped, empty values left out
     */
    record Invocation(String command, Map<String, String> options) implements Input {

        private static final Pattern NAME = Pattern.compile("[a-z0-9_-]{1,32}");

        public Invocation {
            Objects.requireNonNull(command, "command");
            Objects.requireNonNull(options, "options");
            command = command.toLowerCase(Locale.ROOT);
            if (!NAME.matcher(command).matches()) {
                throw new IllegalArgumentException("not a command name: " + command);
            }
            Map<String, String> kept = new LinkedHashMap<>();
            options.forEach((name, value) -> {
                if (!NAME.matcher(Objects.requireNonNull(name, "option name")).matches()) {
                    throw new IllegalArgumentException("not an option name: " + name);
                }
                String stripped = Objects.requireNonNull(value, "option value").strip();
                if (!stripped.isEmpty()) {
                    kept.put(name, stripped);
                }
            });
            options = Map.copyOf(kept);
        }
    }
}
