package dev.mockingbird.app;

import dev.mockingbird.core.limits.RateLimits;
import dev.mockingbird.discord.Shards;
import dev.mockingbird.grader.LlmSettings;
import dev.mockingbird.telegram.TelegramWebhook;
import java.net.URI;
import java.time.Duration;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the app is configured with, read once from the environment (12-factor). {@link #toString()} never
 * shows a secret.
 *
 * @param telegramToken   {@code TELEGRAM_BOT_TOKEN}
 * @param telegramApiUrl  {@code TELEGRAM_API_URL}, default the public Bot API
 * @param discordToken    {@code DISCORD_BOT_TOKEN}
 * @param discordGuildId  {@code DISCORD_GUILD_ID}: register commands in one guild only (instant, for development)
 * @param dbUrl           {@code MOCKINGBIRD_DB_URL}
 * @param dbUser          {@code MOCKINGBIRD_DB_USER}
 * @param dbPassword      {@code MOCKINGBIRD_DB_PASSWORD}
 * @param questionsDir    {@code MOCKINGBIRD_QUESTIONS_DIR}: extra question packs
 * @param logLevel        {@code MOCKINGBIRD_LOG_LEVEL}
 * @param telegramWebhook {@code TELEGRAM_WEBHOOK_URL} and {@code TELEGRAM_WEBHOOK_SECRET}: receive Telegram's updates
 *                        by webhook instead of long polling
 * @param httpHost        {@code MOCKINGBIRD_HTTP_HOST}: where health and metrics are served, default loopback
 * @param httpPort        {@code MOCKINGBIRD_HTTP_PORT}: their port, default 8080 (0 picks a free one)
 * @param llm             {@code MOCKINGBIRD_LLM_URL}, {@code MOCKINGBIRD_LLM_MODEL}, {@code MOCKINGBIRD_LLM_API_KEY} and
 *                        {@code MOCKINGBIRD_LLM_TIMEOUT} (seconds): a language model that grades answers, if set
 * @param discordApiUrl   {@code DISCORD_API_URL}: a REST proxy (nirn-proxy) or fake in front of Discord's API
 * @param discordGatewayUrl {@code DISCORD_GATEWAY_URL}: a gateway other than the one Discord names
 * @param discordShards   {@code DISCORD_SHARDS_TOTAL} and {@code DISCORD_SHARD_IDS}: the gateway shards this instance
 *                        runs; empty for all of them
 * @param rateLimits      {@code MOCKINGBIRD_RATE_LIMIT} and {@code MOCKINGBIRD_GROUP_RATE_LIMIT}: how fast people and
 *                        groups may go on the platforms; empty when switched off
 */
record AppConfig(Optional<String> telegramToken, URI telegramApiUrl, Optional<String> discordToken,
                        Optional<String> discordGuildId, String dbUrl, Optional<String> dbUser,
                        Optional<String> dbPassword, Optional<Path> questionsDir, String logLevel,
                        Optional<TelegramWebhook.Settings> telegramWebhook, String httpHost, int httpPort,
                        Optional<LlmSettings> llm, Optional<RateLimits> rateLimits, Optional<URI> discordApiUrl,
                        Optional<URI> discordGatewayUrl, Optional<Shards> discordShards) {

    /** The levels MOCKINGBIRD_LOG_LEVEL takes. */
    static final List<String> LOG_LEVELS = List.of("TRACE", "DEBUG", "INFO", "WARN", "ERROR");

    /** The public Telegram Bot API. */
    public static final URI DEFAULT_TELEGRAM_API = URI.create("https://api.telegram.org");
    /** The embedded database, next to where the bot runs. */
    public static final String DEFAULT_DB_URL = "jdbc:sqlite:data/mockingbird.db";

    /** Reads the configuration from environment variables. */
    static AppConfig fromEnvironment(Map<String, String> env) {
        String apiUrl = value(env, "TELEGRAM_API_URL").orElse(DEFAULT_TELEGRAM_API.toString());
        URI api;
        try {
            api = URI.create(apiUrl);
        } catch (IllegalArgumentException e) {
            throw new ConfigException("TELEGRAM_API_URL is not a valid URL: " + apiUrl);
        }
        if (api.getScheme() == null || api.getHost() == null) {
            throw new ConfigException("TELEGRAM_API_URL must look like https://api.telegram.org, not " + apiUrl);
        }
        String logLevel = value(env, "MOCKINGBIRD_LOG_LEVEL").map(l -> l.toUpperCase(Locale.ROOT)).orElse("INFO");
        if (!LOG_LEVELS.contains(logLevel)) {
            // Logback would quietly read a typo as DEBUG and flood the logs.
            throw new ConfigException("MOCKINGBIRD_LOG_LEVEL must be one of " + String.join(", ", LOG_LEVELS)
                    + ", not " + logLevel);
        }
        return new AppConfig(value(env, "TELEGRAM_BOT_TOKEN"), api, value(env, "DISCORD_BOT_TOKEN"),
                value(env, "DISCORD_GUILD_ID"), value(env, "MOCKINGBIRD_DB_URL").orElse(DEFAULT_DB_URL),
                value(env, "MOCKINGBIRD_DB_USER"), value(env, "MOCKINGBIRD_DB_PASSWORD"),
                value(env, "MOCKINGBIRD_QUESTIONS_DIR").map(Path::of),
                logLevel, webhook(env), value(env, "MOCKINGBIRD_HTTP_HOST").orElse("127.0.0.1"), httpPort(env),
                llm(env), rateLimits(env), url(env, "DISCORD_API_URL", Set.of("http", "https")),
                url(env, "DISCORD_GATEWAY_URL", Set.of("ws", "wss")), shards(env));
    }

    private static Optional<Shards> shards(Map<String, String> env) {
        try {
            return Shards.parse(value(env, "DISCORD_SHARDS_TOTAL"), value(env, "DISCORD_SHARD_IDS"));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(String.valueOf(e.getMessage()));
        }
    }

    /** An optional endpoint, checked at start so a typo fails with one clear line rather than deep inside JDA. */
    private static Optional<URI> url(Map<String, String> env, String name, Set<String> schemes) {
        Optional<String> value = value(env, name);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = URI.create(value.get());
        } catch (IllegalArgumentException e) {
            throw new ConfigException(name + " is not a valid URL: " + value.get());
        }
        if (uri.getScheme() == null || uri.getHost() == null || !schemes.contains(uri.getScheme())) {
            throw new ConfigException(name + " must be a " + String.join(" or ", new java.util.TreeSet<>(schemes))
                    + " URL, not " + value.get());
        }
        return Optional.of(uri);
    }

    /**
     * {@code MOCKINGBIRD_RATE_LIMIT} (a person's requests a minute / burst, default 20/5, or {@code off}) and
     * {@code MOCKINGBIRD_GROUP_RATE_LIMIT} (a group's quiz and daily changes a minute / burst, default 6/3).
     */
    private static Optional<RateLimits> rateLimits(Map<String, String> env) {
        Optional<String> person = value(env, "MOCKINGBIRD_RATE_LIMIT");
        if (person.filter(p -> p.equalsIgnoreCase("off")).isPresent()) {
            return Optional.empty();
        }
        int[] own = pair(person, "MOCKINGBIRD_RATE_LIMIT", RateLimits.DEFAULT.perMinute(), RateLimits.DEFAULT.burst());
        int[] group = pair(value(env, "MOCKINGBIRD_GROUP_RATE_LIMIT"), "MOCKINGBIRD_GROUP_RATE_LIMIT",
                RateLimits.DEFAULT.groupActionsPerMin(), RateLimits.DEFAULT.groupBurst());
        return Optional.of(new RateLimits(own[0], own[1], group[0], group[1]));
    }

    private static int[] pair(Optional<String> value, String name, int perMinute, int burst) {
        if (value.isEmpty()) {
            return new int[] {perMinute, burst};
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{1,6})/(\\d{1,6})").matcher(value.get().strip());
        if (!m.matches() || Integer.parseInt(m.group(1)) < 1 || Integer.parseInt(m.group(2)) < 1) {
            throw new ConfigException(name + " must be requests a minute and a burst, like 20/5"
                    + (name.equals("MOCKINGBIRD_RATE_LIMIT") ? ", or off" : "") + ", not " + value.get());
        }
        return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
    }

    private static Optional<TelegramWebhook.Settings> webhook(Map<String, String> env) {
        Optional<String> url = value(env, "TELEGRAM_WEBHOOK_URL");
        if (url.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> secret = value(env, "TELEGRAM_WEBHOOK_SECRET");
        if (secret.isEmpty()) {
            throw new ConfigException("TELEGRAM_WEBHOOK_URL needs TELEGRAM_WEBHOOK_SECRET (1 to 256 of A-Z, a-z, "
                    + "0-9, _ and -): Telegram sends it with every update, so nobody else can post updates");
        }
        try {
            return Optional.of(new TelegramWebhook.Settings(URI.create(url.get()), secret.get()));
        } catch (IllegalArgumentException e) {
            throw new ConfigException("TELEGRAM_WEBHOOK_URL/SECRET: " + e.getMessage());
        }
    }

    private static int httpPort(Map<String, String> env) {
        Optional<String> port = value(env, "MOCKINGBIRD_HTTP_PORT");
        if (port.isEmpty()) {
            return 8080;
        }
        String problem = "MOCKINGBIRD_HTTP_PORT must be a port number (0 to 65535), not " + port.get();
        int n;
        try {
            n = Integer.parseInt(port.get());
        } catch (NumberFormatException e) {
            throw new ConfigException(problem);
        }
        if (n < 0 || n > 65535) {
            throw new ConfigException(problem);
        }
        return n;
    }

    /** The language model, when both its URL and model are set; either alone is a mistake worth one clear line. */
    private static Optional<LlmSettings> llm(Map<String, String> env) {
        Optional<String> url = value(env, "MOCKINGBIRD_LLM_URL");
        Optional<String> model = value(env, "MOCKINGBIRD_LLM_MODEL");
        if (url.isEmpty() && model.isEmpty()) {
            return Optional.empty();
        }
        if (url.isEmpty() || model.isEmpty()) {
            throw new ConfigException("MOCKINGBIRD_LLM_URL and MOCKINGBIRD_LLM_MODEL go together: set both, or neither");
        }
        URI uri;
        try {
            uri = URI.create(url.get());
        } catch (IllegalArgumentException e) {
            throw new ConfigException("MOCKINGBIRD_LLM_URL is not a valid URL: " + url.get());
        }
        if (uri.getScheme() == null || uri.getHost() == null
                || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
            throw new ConfigException("MOCKINGBIRD_LLM_URL must look like http://127.0.0.1:11434/v1, not " + url.get());
        }
        Duration timeout = LlmSettings.DEFAULT_TIMEOUT;
        Optional<String> seconds = value(env, "MOCKINGBIRD_LLM_TIMEOUT");
        if (seconds.isPresent()) {
            try {
                timeout = Duration.ofMillis(Math.round(Double.parseDouble(seconds.get()) * 1000));
            } catch (NumberFormatException e) {
                throw new ConfigException("MOCKINGBIRD_LLM_TIMEOUT must be a number of seconds, not " + seconds.get());
            }
            if (timeout.isNegative() || timeout.isZero()) {
                throw new ConfigException("MOCKINGBIRD_LLM_TIMEOUT must be more than 0 seconds");
            }
        }
        return Optional.of(new LlmSettings(uri, model.get(), value(env, "MOCKINGBIRD_LLM_API_KEY"), timeout));
    }

    private static Optional<String> value(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).map(String::strip).filter(v -> !v.isEmpty());
    }

    /** Whether no chat platform has a token, so the console is the only way to talk. */
    public boolean noPlatform() {
        return telegramToken.isEmpty() && discordToken.isEmpty();
    }

    @Override
    public String toString() {
        return "AppConfig[telegram=" + (telegramToken.isPresent() ? "set" : "unset") + ", telegramApiUrl="
                + telegramApiUrl + ", discord=" + (discordToken.isPresent() ? "set" : "unset") + ", discordGuildId="
                + discordGuildId.orElse("-") + ", discordShards=" + discordShards.map(Shards::toString).orElse("all")
                + ", dbUrl=" + dbUrl.replaceAll("password=[^&;]*", "password=***")
                + ", dbUser=" + dbUser.orElse("-") + ", dbPassword=" + (dbPassword.isPresent() ? "***" : "-")
                + ", questionsDir=" + questionsDir.map(Path::toString).orElse("-") + ", logLevel=" + logLevel
                + ", telegramWebhook=" + telegramWebhook.map(w -> w.url().toString()).orElse("-")
                + ", http=" + httpHost + ":" + httpPort + ", llm=" + llm.map(LlmSettings::toString).orElse("-") + "]";
    }
}
