package dev.mockingbird.core.command;

import dev.mockingbird.core.chat.Button;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The compact, versioned encoding of what a button does: {@code 1:<command>[:<arg>...]}, e.g. {@code 1:answer:k3j9x}.
 * The version lets buttons from older messages be recognised (and answered sensibly) after the format changes.
 *
 * @param command the command that handles the press
 * @param args    short arguments without colons
 */
public record ButtonData(String command, List<String> args) {

    /** The current encoding version. */
    public static final String VERSION = "1";

    private static final Pattern PART = Pattern.compile("[A-Za-z0-9_.\\-]{1,40}");

    public ButtonData {
        Objects.requireNonNull(command, "command");
        args = List.copyOf(args);
        if (!PART.matcher(command).matches() || !args.stream().allMatch(a -> PART.matcher(a).matches())) {
            throw new IllegalArgumentException("button data parts must be short and colon-free: " + command + args);
        }
    }

    /** Button data for a command with arguments. */
    public static ButtonData of(String command, String... args) {
        return new ButtonData(command, Arrays.asList(args));
    }

    /** The encoded form put on the button. */
    public String encode() {
        return VERSION + ":" + command + (args.isEmpty() ? "" : ":" + String.join(":", args));
    }

    /** Decodes button data of the current version; empty for other versions or garbage. */
    public static Optional<ButtonData> decode(String data) {
        if (data.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > Button.MAX_DATA_BYTES) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>(Arrays.asList(data.split(":", -1)));
        if (parts.size() < 2 || !parts.getFirst().equals(VERSION)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ButtonData(parts.get(1), parts.subList(2, parts.size())));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
