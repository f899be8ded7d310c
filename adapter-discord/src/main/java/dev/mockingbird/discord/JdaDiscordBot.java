package dev.mockingbird.discord;

import dev.mockingbird.core.ChatEngine;
import dev.mockingbird.core.chat.OutboundPort;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.requests.restaction.CommandListUpdateAction;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.ConcurrentSessionController;
import net.dv8tion.jda.api.utils.MiscUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * JDA's shard manager with no privileged intents: slash commands and buttons need none, and no message content is
 * read. It runs the shards the settings name (all of them, as many as Discord recommends, when none are named);
 * several instances split the shard ids between them and each answers the interactions its shards receive.
 */
final class JdaDiscordBot implements DiscordBot {

    private static final Logger LOG = LoggerFactory.getLogger(JdaDiscordBot.class);
    /** How long the first shard may take to log in before start-up gives up. */
    private static final Duration FIRST_SHARD = Duration.ofSeconds(60);

    private final ShardManager shards;
    private final ExecutorService workers;
    private final DiscordOutbound outbound;
    private final Optional<Shards> running;

    private JdaDiscordBot(ShardManager shards, ExecutorService workers, DiscordOutbound outbound,
                          Optional<Shards> running) {
        this.shards = shards;
        this.workers = workers;
        this.outbound = outbound;
        this.running = running;
    }

    @Override
    public OutboundPort outbound() {
        return outbound;
    }

    /** Every shard this instance runs has its gateway session up. */
    @Override
    public boolean connected() {
        List<JDA> up = shards.getShards();
        int expected = running.map(s -> s.ids().size()).orElse(shards.getShardsTotal());
        return up.size() >= expected && up.stream().allMatch(jda -> jda.getStatus() == JDA.Status.CONNECTED);
    }

    /** The shard ids this instance runs, ascending. */
    List<Integer> shardIds() {
        return shards.getShards().stream().map(jda -> jda.getShardInfo().getShardId()).sorted().toList();
    }

    static JdaDiscordBot start(ChatEngine engine, DiscordSettings settings) {
        ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();
        GatewayTarget target = GatewayTarget.of(settings.gateway());
        // No optional intent: JDA always receives guilds, and interactions need nothing more.
        DefaultShardManagerBuilder builder = DefaultShardManagerBuilder.createLight(settings.token(),
                        EnumSet.noneOf(GatewayIntent.class))
                .addEventListeners(new InteractionListener(engine, workers, settings.ackBudget(),
                        java.time.Clock.systemUTC()))
                // Handlers may wait briefly for the engine; a pool keeps that off the gateway threads.
                .setEventPool(Executors.newVirtualThreadPerTaskExecutor(), true)
                .setCompression(target.compression())
                .setEnableShutdownHook(false);
        settings.shards().ifPresentOrElse(
                s -> builder.setShardsTotal(s.total()).setShards(s.ids()),
                () -> builder.setShardsTotal(-1));
        settings.restBase().ifPresent(base -> builder.setRestConfig(new RestConfig().setBaseUrl(base.toString())));
        target.url().ifPresent(url -> builder.setSessionController(new FixedGatewaySessionController(url)));
        ShardManager manager;
        try {
            manager = builder.build();
        } catch (RuntimeException e) {
            workers.shutdownNow();
            throw new IllegalStateException("could not connect to Discord: " + e.getMessage(), e);
        }
        JDA first;
        try {
            first = awaitFirstShard(manager);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            manager.shutdown();
            workers.shutdownNow();
            throw new IllegalStateException("interrupted while connecting to Discord", e);
        } catch (RuntimeException e) {
            // A rejected token or a failed login: stop JDA's threads, or the process would never exit.
            manager.shutdown();
            workers.shutdownNow();
            throw new IllegalStateException("could not connect to Discord: " + e.getMessage(), e);
        }
        registerCommands(engine, settings, manager, first);
        LOG.info("Discord bot connected as {}, running shards {} of {}", first.getSelfUser().getName(),
                settings.shards().map(s -> s.ids().toString()).orElse("all"), manager.getShardsTotal());
        DiscordRest rest = new DiscordRest(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build(),
                settings.restBase(), settings.token(), engine);
        return new JdaDiscordBot(manager, workers, new DiscordOutbound(rest), settings.shards());
    }

    /** The first shard logs in on the calling thread; its readiness proves the token and the gateway. */
    private static JDA awaitFirstShard(ShardManager manager) throws InterruptedException {
        long deadline = System.nanoTime() + FIRST_SHARD.toNanos();
        while (manager.getShards().isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no Discord shard started within " + FIRST_SHARD.toSeconds() + " s");
            }
            Thread.sleep(20);
        }
        JDA first = manager.getShards().getFirst();
        first.awaitReady();
        return first;
    }

    /**
     * Global commands are registered by whichever instance starts (the same list each time: harmless). Commands for one
     * guild are registered by the instance that runs the guild's shard, the only one that has the guild.
     */
    private static void registerCommands(ChatEngine engine, DiscordSettings settings, ShardManager manager,
                                         JDA first) {
        CommandListUpdateAction update;
        if (settings.guildId().isEmpty()) {
            update = first.updateCommands();
        } else {
            String id = settings.guildId().get();
            int shard = MiscUtil.getShardForGuild(id, manager.getShardsTotal());
            JDA owner = manager.getShardById(shard);
            if (owner == null) {
                LOG.info("DISCORD_GUILD_ID {} is on shard {}, which another instance runs; it registers the commands",
                        id, shard);
                return;
            }
            Guild guild = awaitReady(owner) ? owner.getGuildById(id) : null;
            if (guild == null) {
                LOG.warn("DISCORD_GUILD_ID {} is not a guild this bot is in; registering commands globally", id);
                update = first.updateCommands();
            } else {
                update = guild.updateCommands();
            }
        }
        update.addCommands(SlashCommands.of(engine.commands())).queue(
                commands -> LOG.info("Registered {} slash commands", commands.size()),
                failure -> LOG.warn("Could not register slash commands: {}", failure.getMessage()));
    }

    private static boolean awaitReady(JDA shard) {
        try {
            shard.awaitReady();
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
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
        List<JDA> all = shards.getShards();
        shards.shutdown();
        for (JDA jda : all) {
            try {
                if (!jda.awaitShutdown(10, TimeUnit.SECONDS)) {
                    jda.shutdownNow();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                jda.shutdownNow();
            }
        }
        workers.shutdownNow();
    }

    /**
     * Where the gateway is and whether to compress it. Compression (zlib-stream) stays on, as on Discord's own
     * gateway, unless the URL says {@code compress=none} (a proxy or fake that cannot inflate); that parameter is
     * ours and is removed before JDA adds its own query.
     */
    record GatewayTarget(Optional<String> url, Compression compression) {

        static GatewayTarget of(Optional<URI> gateway) {
            if (gateway.isEmpty()) {
                return new GatewayTarget(Optional.empty(), Compression.ZLIB);
            }
            URI uri = gateway.get();
            String query = Optional.ofNullable(uri.getRawQuery()).orElse("");
            boolean off = false;
            StringBuilder kept = new StringBuilder();
            for (String part : query.split("&")) {
                if (part.equalsIgnoreCase("compress=none")) {
                    off = true;
                } else if (!part.isEmpty()) {
                    kept.append(kept.isEmpty() ? "" : "&").append(part);
                }
            }
            String base = uri.toString();
            int at = base.indexOf('?');
            String url = (at < 0 ? base : base.substring(0, at)) + (kept.isEmpty() ? "" : "?" + kept);
            return new GatewayTarget(Optional.of(url), off ? Compression.NONE : Compression.ZLIB);
        }
    }

    /**
     * Points every shard at a given gateway (a proxy in production, a local one in tests); how many shards may identify
     * at once still comes from Discord's {@code /gateway/bot} through the REST base.
     */
    static final class FixedGatewaySessionController extends ConcurrentSessionController {
        private final String gateway;

        FixedGatewaySessionController(String gateway) {
            this.gateway = gateway;
        }

        @Override
        public String getGateway() {
            return gateway;
        }

        @Override
        public ShardedGateway getShardedGateway(JDA api) {
            ShardedGateway discord = super.getShardedGateway(api);
            return new ShardedGateway(gateway, discord.getShardTotal(), discord.getConcurrency());
        }
    }
}
