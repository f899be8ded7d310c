package dev.mockingbird.core;

import dev.mockingbird.core.chat.ChatKind;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The command grammar, the one place it is written: {@code /name}, or {@code /name@BotName} addressed to one bot,
 * then arguments.
 *
 * @param name      the command's name, lower case
 * @param args      what follows the name, possibly empty
 * @param addressee the bot named after {@code @}, if any
 */
record CommandLine(String name, String args, Optional<String> addressee) {

    private static final Pattern COMMAND = Pattern.compile("^/([A-Za-z0-9_]{1,32})(?:@(\\S*))?(?:\\s+(.*))?$",
            Pattern.DOTALL);

    /** The command typed, when the text (already stripped) is one. */
    static Optional<CommandLine> parse(String text) {
        Matcher m = COMMAND.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new CommandLine(m.group(1).toLowerCase(Locale.ROOT),
                m.group(3) == null ? "" : m.group(3),
                Optional.ofNullable(m.group(2)).filter(a -> !a.isEmpty())));
    }

    /**
     * Whether this bot should answer it: a command naming no bot, or naming this one. When the platform did not say
     * what this bot is called, only a private chat, where every message is for this bot, can tell.
     */
    boolean addressedTo(Optional<String> botName, ChatKind kind) {
        return addressee.isEmpty() || botName.map(b -> b.equalsIgnoreCase(addressee.get()))
                .orElse(kind == ChatKind.PRIVATE);
    }
}
