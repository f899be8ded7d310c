package dev.mockingbird.discord;

import dev.mockingbird.core.ChatEngine;
import dev.mockingbird.core.chat.OutboundPort;
import java.util.EnumSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.requests.restaction.CommandListUpdateAction;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.ConcurrentSessionController;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** JDA with no privileged intents: slash commands and buttons need none, and no message content is read. */
final class JdaDiscordBot implements DiscordBot {

    private static final Logger LOG = LoggerFactory.getLogger(JdaDiscordBot.class);

    private final JDA jda;
    private final ExecutorService workers;
    private final DiscordOutbound outbound;

    private JdaDiscordBot(JDA jda, ExecutorService workers) {
        this.jda = jda;
        this.workers = workers;
        this.outbound = new DiscordOutbound(jda);
    }

    @Override
    public OutboundPort outbound() {
        return outbound;
    }

    @Override
    public boolean connected() {
        return jda.getStatus() == JDA.Status.CONNECTED;
    }

    static JdaDiscordBot start(ChatEngine engine, DiscordSettings settings) {
        ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();
        // No optional intent: JDA always receives guilds, and interactions need nothing more.
        JDABuilder builder = JDABuilder.createLight(settings.token(), EnumSet.noneOf(GatewayIntent.class))
                .addEventListeners(new InteractionListener(engine, workers, settings.ackBudget(),
                        java.time.Clock.systemUTC()))
                // Handlers may wait briefly for the engine; a pool keeps that off the gateway thread.
                .setEventPool(Executors.newVirtualThreadPerTaskExecutor(), true)
                .setEnableShutdownHook(false);
        settings.restBase().ifPresent(base -> builder.setRestConfig(new RestConfig().setBaseUrl(base.toString())));
        settings.gateway().ifPresent(gateway -> builder.setCompression(Compression.NONE)
                .setSessionController(new FixedGatewaySessionController(gateway.toString())));
        JDA jda;
        try {
            jda = builder.build();
        } catch (RuntimeException e) {
            workers.shutdownNow();
            throw new IllegalStateException("could not connect to Discord: " + e.getMessage(), e);
        }
        try {
            jda.awaitReady();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            jda.shutdownNow();
            workers.shutdownNow();
            throw new IllegalStateException("interrupted while connecting to Discord", e);
        } catch (RuntimeException e) {
            // A rejected token or a failed login: stop JDA's threads, or the process would never exit.
            jda.shutdownNow();
            workers.shutdownNow();
            throw new IllegalStateException("could not connect to Discord: " + e.getMessage(), e);
        }
        CommandListUpdateAction update = settings.guildId()
                .map(id -> {
                    Guild guild = jda.getGuildById(id);
                    if (guild == null) {
                        LOG.warn("DISCORD_GUILD_ID {} is not a guild this bot is in; registering commands globally",
                                id);
                        return jda.updateCommands();
                    }
                    return guild.updateCommands();
                })
                .orElseGet(jda::updateCommands);
        update.addCommands(SlashCommands.of(engine.commands())).queue(
                commands -> LOG.info("Registered {} slash commands", commands.size()),
                failure -> LOG.warn("Could not register slash commands: {}", failure.getMessage()));
        LOG.info("Discord bot connected as {}", jda.getSelfUser().getName());
        return new JdaDiscordBot(jda, workers);
    }

    @Override
    public void close() {
        // Let answers already being worked out reach Discord before the connection goes.
        workers.shutdown();
        try {
            if (!workers.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.warn("Discord replies still being worked on after 5 s; stopping anyway");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        jda.shutdown();
        try {
            if (!jda.awaitShutdown(10, TimeUnit.SECONDS)) {
                jda.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            jda.shutdownNow();
        }
        workers.shutdownNow();
    }

    /** Points JDA at a given gateway (a local one in tests, a proxy in production). */
    static final class FixedGatewaySessionController extends ConcurrentSessionController {
        private final String gateway;

        FixedGatewaySessionController(String gateway) {
            this.gateway = gateway;
        }

        @Override
        public String getGateway() {
            return gateway;
        }
    }
}
