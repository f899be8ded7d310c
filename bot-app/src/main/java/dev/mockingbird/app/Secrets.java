package dev.mockingbird.app;

import java.util.regex.Pattern;

/**
 * Masks anything shaped like a bot token, wherever it turns up in text bound for a log: Telegram tokens
 * ({@code 123456:ABC...}, also inside {@code /bot<token>/} URLs) and Discord tokens (three base64url parts).
 * Shape-based, so no token has to be registered anywhere.
 */
final class Secrets {

    private static final Pattern TELEGRAM = Pattern.compile("\\d{5,15}:[A-Za-z0-9_-]{30,}");
    private static final Pattern DISCORD = Pattern.compile(
            "[A-Za-z0-9_-]{20,}\\.[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]{20,}");
    private static final Pattern PASSWORD = Pattern.compile("(?i)([?&;]password=)[^&;\\s]+");

    private Secrets() {
    }

    /** The text with every token-shaped run replaced by {@code ***}. */
    public static String mask(String text) {
        String masked = TELEGRAM.matcher(text).replaceAll("***");
        masked = DISCORD.matcher(masked).replaceAll("***");
        return PASSWORD.matcher(masked).replaceAll("$1***");
    }
}
