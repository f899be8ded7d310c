package dev.mockingbird.app;

import dev.mockingbird.app.console.ConsoleChat;
import dev.mockingbird.app.console.ConsoleOutbound;
import dev.mockingbird.core.ChatEngine;
import dev.mockingbird.core.Mockingbird;
import dev.mockingbird.core.bank.BankException;
import dev.mockingbird.core.bank.QuestionBank;
import dev.mockingbird.app.ops.Meters;
import dev.mockingbird.app.ops.MeteredEngine;
import dev.mockingbird.app.ops.MeteredGrader;
import dev.mockingbird.app.ops.OpsServer;
import dev.mockingbird.core.grading.Grader;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import dev.mockingbird.grader.Graders;
import dev.mockingbird.storage.jdbc.Database;
import dev.mockingbird.core.storage.StorageException;
import java.time.Clock;
import java.io.BufferedReader;
import java.io.PrintStream;
import dev.mockingbird.discord.DiscordBot;
import dev.mockingbird.discord.DiscordSettings;
import dev.mockingbird.core.chat.OutboundPort;
import dev.mockingbird.telegram.TelegramBot;
import dev.mockingbird.telegram.TelegramSettings;
import dev.mockingbird.telegram.TelegramWebhook;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The application: reads configuration, loads the bank, builds the engine, and runs the console or the platform
 * adapters. Problems a person starting it can fix end in one clear line and a non-zero status, never a stack trace.
 */
final class App {

    /** Exit status for a configuration or question-pack problem. */
    public static final int BAD_SETUP = 2;

    private final Map<String, String> env;
    private final BufferedReader in;
    private final PrintStream out;
    private final PrintStream err;
    private final boolean interactive;
    private final Clock clock = Clock.systemUTC();

    /** An app over these streams and environment. */
    public App(Map<String, String> env, BufferedReader in, PrintStream out, PrintStream err, boolean interactive) {
        this.env = env;
        this.in = in;
        this.out = out;
        this.err = err;
        this.interactive = interactive;
    }

    /** Runs until the console ends or the process is stopped; returns the exit status. */
    @SuppressWarnings("try") // The console's schedule is opened in try-with-resources only to be closed with it.
    public int run(String[] args) {
        List<String> options = Arrays.asList(args);
        if (options.contains("--help") || options.contains("-h")) {
            out.println("usage: mockingbird [--console]");
            out.println("       mockingbird grade <question-id> < answer.txt   grade an answer, print the verdict as JSON");
            out.println("       mockingbird grader-eval [folder] [--keywords]  measure the grader on labelled sets");
            out.println("Runs the bots that have tokens (TELEGRAM_BOT_TOKEN, DISCORD_BOT_TOKEN);");
            out.println("with none set, or with --console, chats on this terminal. See README.md for settings.");
            return 0;
        }
        AppConfig config;
        try {
            config = AppConfig.fromEnvironment(env);
        } catch (ConfigException e) {
            // Masked like every other line here: a URL pasted with the token in it must not be echoed.
            err.println("mockingbird: " + Secrets.mask(String.valueOf(e.getMessage())));
            return BAD_SETUP;
        }
        String tool = options.isEmpty() ? "" : options.getFirst();
        boolean graderTool = tool.equals("grade") || tool.equals("grader-eval");
        boolean console = !graderTool && (options.contains("--console") || config.noPlatform());
        if (console && !options.contains("--console") && !interactive && !graderTool) {
            // Started unattended with no token (a misspelt variable in a container, say): say what is happening.
            err.println("mockingbird: no TELEGRAM_BOT_TOKEN or DISCORD_BOT_TOKEN set; chatting on standard input");
        }
        // Before the first logger: the console chat shares the terminal, so it only shows warnings unless asked.
        System.setProperty("mockingbird.log.level",
                env.containsKey("MOCKINGBIRD_LOG_LEVEL") || !(console || graderTool) ? config.logLevel() : "WARN");
        Logger log = LoggerFactory.getLogger(App.class);
        QuestionBank bank;
        try {
            bank = QuestionBank.load(App.class.getClassLoader(), config.questionsDir());
        } catch (BankException e) {
            err.println("mockingbird: " + e.getMessage());
            return BAD_SETUP;
        }
        log.info("Loaded {} questions in {} tracks; {}", bank.questions().size(), bank.tracks().size(), config);
        if (graderTool) {
            GraderCommands tools = new GraderCommands(bank, in, out, err);
            List<String> rest = options.subList(1, options.size());
            boolean keywords = rest.contains("--keywords");
            Grader grader = keywords ? Grader.keywords() : grader(config, Graders.builtIn());
            String name = keywords ? "keyword" : config.llm().map(l -> "language-model (" + l.model() + ")")
                    .orElse("built-in");
            List<String> args1 = rest.stream().filter(a -> !a.startsWith("--")).toList();
            return tool.equals("grade") ? tools.grade(grader, args1) : tools.evaluate(grader, name, args1);
        }
        // The sentence model loads while the database opens and the platforms connect.
        Grader grader = grader(config, Graders.builtInLoadingInBackground());
        Database database;
        try {
            database = Database.open(config.dbUrl(), config.dbUser(), config.dbPassword(), clock);
        } catch (StorageException e) {
            err.println("mockingbird: " + Secrets.mask(String.valueOf(e.getMessage())));
            return BAD_SETUP;
        }
        try (database) {
            PrometheusMeterRegistry registry = Meters.prometheus(database);
            AdminsByPlatform admins = new AdminsByPlatform();
            ChatEngine engine = Mockingbird.builder(bank).storage(database.storage()).clock(clock)
                    .grader(new MeteredGrader(grader, registry)).admins(admins).build();
            if (console) {
                try (Schedule daily = Schedule.start(engine, List.of(new ConsoleOutbound(out)))) {
                    new ConsoleChat(engine, consoleUser()).run(in, out, interactive);
                }
                return 0;
            }
            // Platforms face the public: limit how fast one person (or one group's shared settings) can go. The
            // console is one person at their own terminal.
            ChatEngine limited = config.rateLimits().map(l -> l.around(engine, clock)).orElse(engine);
            return runPlatforms(config, new MeteredEngine(limited, registry), registry, database, admins, log);
        }
    }

    /** Starts every platform that has a token and runs until the process is asked to stop. */
    private int runPlatforms(AppConfig config, ChatEngine engine, PrometheusMeterRegistry registry,
                             Database database, AdminsByPlatform admins, Logger log) {
        List<AutoCloseable> running = new ArrayList<>();
        CountDownLatch stop = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        // The JVM halts once its shutdown hooks return: wait (briefly) until the platforms below are closed.
        Thread hook = new Thread(() -> {
            stop.countDown();
            try {
                // Orchestrators send SIGKILL some seconds after SIGTERM: finish in-flight work within ten.
                stopped.await(10, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "mockingbird-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        List<OutboundPort> outbound = new ArrayList<>();
        Map<String, java.util.function.BooleanSupplier> readiness = new java.util.LinkedHashMap<>();
        readiness.put("database", database::answers);
        try {
            Map<String, OpsServer.Receiver> receivers = new java.util.HashMap<>();
            if (config.telegramToken().isPresent()) {
                // Chats that blocked or removed the bot are reported to the engine, which marks them gone.
                TelegramSettings settings = new TelegramSettings(config.telegramToken().get(),
                        config.telegramApiUrl(), clock);
                TelegramBot telegram = start("Telegram", () -> config.telegramWebhook()
                        .<TelegramBot>map(w -> TelegramWebhook.start(engine, settings, w))
                        .orElseGet(() -> TelegramBot.start(engine, settings)));
                if (telegram instanceof TelegramWebhook webhook) {
                    receivers.put(webhook.path(), (header, body) -> {
                        TelegramWebhook.Response answer = webhook.receive(header.apply(
                                "X-Telegram-Bot-Api-Secret-Token"), body);
                        return new OpsServer.Received(answer.status(), answer.body());
                    });
                }
                running.add(telegram);
                outbound.add(telegram.outbound());
                admins.add("telegram", telegram.admins());
                readiness.put("telegram", telegram::connected);
            }
            if (config.discordToken().isPresent()) {
                DiscordSettings defaults = DiscordSettings.of(config.discordToken().get(), config.discordGuildId());
                DiscordBot discord = start("Discord", () -> DiscordBot.start(engine, new DiscordSettings(
                        defaults.token(), defaults.guildId(), config.discordApiUrl(), config.discordGatewayUrl(),
                        defaults.ackBudget(), config.discordShards())));
                running.add(discord);
                outbound.add(discord.outbound());
                readiness.put("discord", discord::connected);
            }
            // Stopped first on the way out (the list is closed in reverse), before the platforms it posts through.
            running.add(Schedule.start(engine, outbound));
            OpsServer ops = start("Health and metrics", () -> OpsServer.start(config.httpHost(), config.httpPort(),
                    readiness, registry, receivers));
            running.add(ops);
            log.info("Health and metrics on http://{}:{}/health/ready and /metrics", config.httpHost(), ops.port());
            log.info("Mockingbird is running ({} platform(s)); stop it with Ctrl-C", outbound.size());
            stop.await();
            return 0;
        } catch (PlatformStartException e) {
            err.println("mockingbird: " + Secrets.mask(String.valueOf(e.getMessage())));
            return BAD_SETUP;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        } finally {
            for (AutoCloseable platform : running.reversed()) {
                try {
                    platform.close();
                } catch (Exception e) {
                    log.warn("Could not stop a platform cleanly: {}", Secrets.mask(String.valueOf(e.getMessage())));
                }
            }
            stopped.countDown();
        }
    }

    /** The built-in grader, behind a language model when one is configured. */
    private static Grader grader(AppConfig config, Grader builtIn) {
        return config.llm().map(settings -> Graders.languageModel(settings, builtIn)).orElse(builtIn);
    }

    private static <T extends AutoCloseable> T start(String platform, java.util.function.Supplier<T> starter) {
        try {
            return starter.get();
        } catch (RuntimeException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new PlatformStartException(platform + " could not start: " + why.lines().findFirst().orElse(why));
        }
    }

    /** A platform that could not start, described in one line. */
    private static final class PlatformStartException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        PlatformStartException(String message) {
            super(message);
        }
    }

    private String consoleUser() {
        return Optional.ofNullable(env.get("USER")).or(() -> Optional.ofNullable(env.get("USERNAME")))
                .filter(u -> !u.isBlank()).orElse(System.getProperty("user.name", "you"));
    }
}
