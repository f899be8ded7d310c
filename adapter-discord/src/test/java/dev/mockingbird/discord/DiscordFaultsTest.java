package dev.mockingbird.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.Test;

/**
 * What Discord does when things go wrong, through real JDA against the fake: rate limits, server errors, an
 * interaction that expired, a follow-up refused for a missing permission (50013), and a gateway that asks to reconnect
 * or drops the session. Each test shows what JDA does and that the bot still answers.
 */
// The bot is opened in try-with-resources only to be closed: it works through the fake gateway, unreferenced.
@SuppressWarnings("try")
class DiscordFaultsTest {

    private static final String DM = DiscordEndToEndTest.DM;
    private static final String CALLBACK = "/api/v10/interactions/\\\\d+/[^/]+/callback";

    private static DiscordSettings settings(FakeDiscord discord) {
        return new DiscordSettings("test-token", Optional.empty(), Optional.of(discord.restBase()),
                Optional.of(discord.gateway()), Duration.ofSeconds(2));
    }

    /** Sends /help from a DM and returns the interaction's id. */
    private static String help(FakeDiscord discord, int n) throws Exception {
        String id = DiscordEndToEndTest.snowflake(n);
        discord.dispatch("INTERACTION_CREATE", """
                {"id":"%s","application_id":"500","type":2,"token":"token-%d","version":1,%s,
                 "data":{"id":"601","name":"help","type":1}}""".formatted(id, n, DM));
        return id;
    }

    private static String callback(String id, int n) {
        return "/api/v10/interactions/" + id + "/token-" + n + "/callback";
    }

    @Test
    void aRateLimitedReplyIsSentAgainAfterTheWaitDiscordAsksFor() throws Exception {
        try (FakeDiscord discord = new FakeDiscord(); DiscordBot bot = DiscordBot.start(RecordingEngine.quick(),
                settings(discord))) {
            discord.take("PUT", "/api/v10/applications/500/commands");
            // given Discord rate-limits the next interaction response for a moment
            discord.failNext("POST", CALLBACK.replace("\\\\", "\\"), FakeDiscord.error(429,
                    "{\"message\":\"You are being rate limited.\",\"retry_after\":0.3,\"global\":false}",
                    "Retry-After", "1", "X-RateLimit-Remaining", "0", "X-RateLimit-Reset-After", "0.3",
                    "X-RateLimit-Bucket", "callback"));

            // when someone asks for help
            String id = help(discord, 1);

            // then JDA waits and sends the same answer again, which goes through
            DataObject refused = discord.take("POST", callback(id, 1)).json();
            DataObject accepted = discord.take("POST", callback(id, 1)).json();
            assertEquals(refused.toString(), accepted.toString());
            assertEquals(4, accepted.getInt("type"));
        }
    }

    @Test
    void aDiscordServerErrorOnAReplyIsRetriedByJda() throws Exception {
        try (FakeDiscord discord = new FakeDiscord(); DiscordBot bot = DiscordBot.start(RecordingEngine.quick(),
                settings(discord))) {
            discord.take("PUT", "/api/v10/applications/500/commands");
            // given Discord fails the next interaction response with a 502
            discord.failNext("POST", CALLBACK.replace("\\\\", "\\"),
                    FakeDiscord.error(502, "{\"message\":\"Bad Gateway\",\"code\":0}"));

            // when someone asks for help
            String id = help(discord, 7);

            // then JDA sends the answer again and it goes through
            discord.take("POST", callback(id, 7));
            assertEquals(4, discord.take("POST", callback(id, 7)).json().getInt("type"));
        }
    }

    @Test
    void anExpiredInteractionIsLoggedAndNothingElseIsSent() throws Exception {
        try (FakeDiscord discord = new FakeDiscord(); LogLines log = new LogLines(InteractionListener.class);
             DiscordBot bot = DiscordBot.start(RecordingEngine.quick(), settings(discord))) {
            discord.take("PUT", "/api/v10/applications/500/commands");
            // given Discord says the interaction is unknown (it expired before the answer came)
            discord.failNext("POST", CALLBACK.replace("\\\\", "\\"),
                    FakeDiscord.error(404, "{\"message\":\"Unknown interaction\",\"code\":10062}"));

            // when someone asks for help
            String id = help(discord, 2);
            discord.take("POST", callback(id, 2));

            // then the failure is logged with where it happened, and the bot goes on answering others
            String next = help(discord, 3);
            assertEquals(4, discord.take("POST", callback(next, 3)).json().getInt("type"));
            // (JDA reports the failure on its own callback thread, so it may come a moment later)
            awaitTrue(() -> log.lines().stream().anyMatch(l -> l.contains("Discord send failed in DM")));
        }
    }

    @Test
    void aReplyRefusedForAMissingPermissionBecomesAPrivateNoteToThePerson() throws Exception {
        RecordingEngine engine = RecordingEngine.held();
        try (FakeDiscord discord = new FakeDiscord(); DiscordBot bot = DiscordBot.start(engine,
                new DiscordSettings("test-token", Optional.empty(), Optional.of(discord.restBase()),
                        Optional.of(discord.gateway()), Duration.ofMillis(50)))) {
            discord.take("PUT", "/api/v10/applications/500/commands");
            // given a slow command, deferred, whose follow-up Discord refuses for a missing permission
            discord.failNext("POST", "/api/v10/webhooks/\\d+/[^/]+",
                    FakeDiscord.error(403, "{\"message\":\"Missing Permissions\",\"code\":50013}"));
            String id = DiscordEndToEndTest.snowflake(8);
            discord.dispatch("INTERACTION_CREATE", """
                    {"id":"%s","application_id":"500","type":2,"token":"token-8","version":1,%s,
                     "data":{"id":"601","name":"tracks","type":1}}""".formatted(id, DM));
            assertEquals(5, discord.take("POST", callback(id, 8)).json().getInt("type"));

            // when the engine answers
            engine.release();

            // then the refused follow-up is not sent again; the person gets one note that only they see
            DataObject refused = discord.take("POST", "/api/v10/webhooks/500/token-8").json();
            assertTrue(refused.toString().contains("System Design"), refused.toString());
            DataObject note = discord.take("POST", "/api/v10/webhooks/500/token-8").json();
            assertTrue(note.getString("content").contains("missing a permission"), note.toString());
            assertEquals(64, note.getInt("flags") & 64, note.toString());
        }
    }

    @Test
    void afterAReconnectRequestTheSessionResumesAndInteractionsAreStillAnswered() throws Exception {
        try (FakeDiscord discord = new FakeDiscord(); DiscordBot bot = DiscordBot.start(RecordingEngine.quick(),
                settings(discord))) {
            discord.take("PUT", "/api/v10/applications/500/commands");
            // when Discord asks the session to reconnect (op 7)
            discord.askToReconnect();
            awaitTrue(() -> discord.resumes() == 1);

            // then JDA resumed it (no new IDENTIFY) and the next interaction is answered
            assertEquals(1, discord.identifies());
            String id = help(discord, 4);
            assertEquals(4, discord.take("POST", callback(id, 4)).json().getInt("type"));
        }
    }

    @Test
    void afterAnInvalidSessionJdaIdentifiesAgainAndInteractionsAreStillAnswered() throws Exception {
        try (FakeDiscord discord = new FakeDiscord(); DiscordBot bot = DiscordBot.start(RecordingEngine.quick(),
                settings(discord))) {
            discord.take("PUT", "/api/v10/applications/500/commands");
            // when Discord invalidates the session (op 9, not resumable)
            discord.invalidateSession();
            // JDA waits 1 to 5 s, as Discord asks, before identifying again
            awaitTrue(() -> discord.identifies() == 2);

            // then the new session answers
            String id = help(discord, 5);
            assertEquals(4, discord.take("POST", callback(id, 5)).json().getInt("type"));
        }
    }

    private static void awaitTrue(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 15 s");
            }
            Thread.sleep(20);
        }
    }
}
