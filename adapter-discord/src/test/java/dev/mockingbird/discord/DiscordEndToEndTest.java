package dev.mockingbird.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockingbird.core.ChatEngine;
import dev.mockingbird.core.Fixtures;
import dev.mockingbird.core.Mockingbird;
import dev.mockingbird.core.storage.Storage;
import java.time.Instant;
import dev.mockingbird.core.chat.ChatKind;
import dev.mockingbird.core.chat.ChatRequest;
import dev.mockingbird.core.chat.DeliveryException;
import dev.mockingbird.core.chat.Reply;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.Test;

/** The adapter through real JDA, against a fake Discord gateway and REST API on 127.0.0.1. */
// The bot is opened in try-with-resources only to be closed: it works through the fake gateway, unreferenced.
@SuppressWarnings("try")
class DiscordEndToEndTest {

    static final String USER = """
            {"id":"42","username":"ada","discriminator":"0","global_name":"Ada","avatar":null}""";
    /** The fields of an interaction in person 42's DM with the bot. */
    static final String DM = """
            "channel_id":"3000","channel":{"id":"3000","type":1,"recipients":[%s]},"user":%s,"context":1,
            "authorizing_integration_owners":{"0":"0"},"locale":"en-US","entitlements":[],"app_permissions":"0\""""
            .formatted(USER, USER);

    /** Discord's message flag for "only the person who acted sees this". */
    private static final int EPHEMERAL = 1 << 6;

    /** A snowflake made now: JDA reads an interaction's age from its id, and refuses to answer expired ones. */
    static String snowflake(int n) {
        return Long.toString(((System.currentTimeMillis() - 1_420_070_400_000L) << 22) + n);
    }

    @Test
    void askAndShowAnswerInADirectMessage() throws Exception {
        try (FakeDiscord discord = new FakeDiscord();
             DiscordBot bot = DiscordBot.start(RecordingEngine.quick(), new DiscordSettings("test-token",
                     Optional.empty(), Optional.of(discord.restBase()), Optional.of(discord.gateway()),
                     Duration.ofSeconds(2)))) {
            // given the bot connected, its commands registered globally
            DataArray commands = discord.take("PUT", "/api/v10/applications/500/commands").array();
            assertTrue(names(commands).containsAll(List.of("ask", "answer", "next", "skip", "tracks", "help")));

            // when someone sends /ask track:system-design in a DM with the bot
            // Minted as it arrives: Discord counts its three seconds from the time in the id.
            String askId = snowflake(1);
            discord.dispatch("INTERACTION_CREATE", """
                    {"id":"%s","application_id":"500","type":2,"token":"token-1","version":1,%s,
                     "data":{"id":"600","name":"ask","type":1,
                             "options":[{"name":"track","type":3,"value":"system-design"}]}}""".formatted(askId, DM));

            // then JDA answers the interaction with the question as an embed, buttons underneath
            DataObject reply = discord.take("POST", "/api/v10/interactions/" + askId + "/token-1/callback").json();
            assertEquals(4, reply.getInt("type"));
            DataObject question = reply.getObject("data");
            DataObject embed = question.getArray("embeds").getObject(0);
            assertTrue(embed.getString("title").startsWith("System Design · "), embed.toString());
            assertTrue(embed.getString("description").startsWith("System Design "), embed.toString());
            // (Answer opens a text box: the bot does not read DMs' message content)
            assertEquals(List.of("Answer", "Show answer", "Next", "Skip"), labels(question));
            assertEquals(0, question.getObject("allowed_mentions").getArray("parse").length(), "nobody is pinged");

            String pressId = snowflake(2);
            // when they press Show answer on that message
            String showAnswer = customId(question, "Show answer");
            String message = DataObject.fromJson(discord.message("3000"))
                    .put("embeds", rich(question.getArray("embeds"))).put("components", question.getArray("components"))
                    .toString();
            discord.dispatch("INTERACTION_CREATE", """
                    {"id":"%s","application_id":"500","type":3,"token":"token-2","version":1,%s,"message":%s,
                     "data":{"custom_id":"%s","component_type":2}}""".formatted(pressId, DM, message, showAnswer));

            // then the question is edited to drop its buttons, and the answer follows up
            DataObject edit = discord.take("POST", "/api/v10/interactions/" + pressId + "/token-2/callback").json();
            assertEquals(7, edit.getInt("type"));
            assertEquals(0, edit.getObject("data").getArray("components").length());
            DataObject answer = discord.take("POST", "/api/v10/webhooks/500/token-2").json();
            assertTrue(answer.getArray("embeds").getObject(0).getString("title").startsWith("Model answer"),
                    answer.toString());
            assertEquals(List.of("Nailed it", "Partly", "Missed it", "Next"), labels(answer));
        }
    }

    @Test
    void theAnswerButtonOpensAModalWhoseAnswerIsGraded() throws Exception {
        try (FakeDiscord discord = new FakeDiscord();
             DiscordBot bot = DiscordBot.start(RecordingEngine.quick(), new DiscordSettings("test-token",
                     Optional.empty(), Optional.of(discord.restBase()), Optional.of(discord.gateway()),
                     Duration.ofSeconds(2)))) {
            discord.take("PUT", "/api/v10/applications/500/commands");
            // given a question in a DM
            // Minted as it arrives: Discord counts its three seconds from the time in the id.
            String askId = snowflake(11);
            discord.dispatch("INTERACTION_CREATE", """
                    {"id":"%s","application_id":"500","type":2,"token":"token-1","version":1,%s,
                     "data":{"id":"600","name":"ask","type":1,
                             "options":[{"name":"track","type":3,"value":"system-design"}]}}""".formatted(askId, DM));
            DataObject question = discord.take("POST", "/api/v10/interactions/" + askId + "/token-1/callback").json()
                    .getObject("data");
            String message = DataObject.fromJson(discord.message("3000"))
                    .put("embeds", rich(question.getArray("embeds"))).put("components", question.getArray("components"))
                    .toString();

            String pressId = snowflake(12);
            // when the person presses Answer
            discord.dispatch("INTERACTION_CREATE", """
                    {"id":"%s","application_id":"500","type":3,"token":"token-2","version":1,%s,"message":%s,
                     "data":{"custom_id":"%s","component_type":2}}"""
                    .formatted(pressId, DM, message, customId(question, "Answer")));

            // then JDA opens a modal (callback type 9) with one text box
            DataObject modal = discord.take("POST", "/api/v10/interactions/" + pressId + "/token-2/callback").json();
            assertEquals(9, modal.getInt("type"), modal.toString());
            assertEquals("answer", modal.getObject("data").getString("custom_id"));
            assertTrue(modal.toString().contains("\"custom_id\":\"text\""), modal.toString());

            // when they submit their answer in it
            String submitId = snowflake(13);
            discord.dispatch("INTERACTION_CREATE", """
                    {"id":"%s","application_id":"500","type":5,"token":"token-3","version":1,%s,"message":%s,
                     "data":{"custom_id":"answer","components":[{"type":18,"id":1,
                       "component":{"type":4,"id":2,"custom_id":"text",
                                    "value":"A cache for hot reads, a queue for slow work, and we scale out."}}]}}"""
                    .formatted(submitId, DM, message));

            // then the grade comes back as the reply to the submission
            DataObject grade = discord.take("POST", "/api/v10/interactions/" + submitId + "/token-3/callback").json();
            assertEquals(4, grade.getInt("type"), grade.toString());
            assertTrue(grade.toString().contains("3 of 3"), grade.toString());
        }
    }

    /** Embeds as Discord sends them back: with their type. */
    private static DataArray rich(DataArray embeds) {
        DataArray out = DataArray.empty();
        for (int i = 0; i < embeds.length(); i++) {
            out.add(embeds.getObject(i).put("type", "rich"));
        }
        return out;
    }

    private static final String GUILD = """
            {"id":"1000","name":"Interview Club","icon":null,"splash":null,"discovery_splash":null,"banner":null,
             "description":null,"owner_id":"99","afk_channel_id":null,"afk_timeout":300,"verification_level":0,
             "default_message_notifications":0,"explicit_content_filter":0,"mfa_level":0,"premium_tier":0,
             "nsfw_level":0,"preferred_locale":"en-US","system_channel_id":null,"system_channel_flags":0,
             "rules_channel_id":null,"vanity_url_code":null,"features":[],"emojis":[],"stickers":[],
             "roles":[{"id":"1000","name":"@everyone","permissions":"104324673","position":0,"color":0,
                       "colors":{"primary_color":0,"secondary_color":null,"tertiary_color":null},
                       "hoist":false,"managed":false,"mentionable":false,"flags":0,"icon":null,
                       "unicode_emoji":null}],
             "channels":[{"id":"2000","type":0,"name":"interviews","position":0,"permission_overwrites":[],
                          "topic":null,"nsfw":false,"parent_id":null,"rate_limit_per_user":0,
                          "last_message_id":null}],
             "threads":[],"members":[{"user":%s,"roles":[],"joined_at":"2026-01-01T00:00:00.000000+00:00",
                                      "deaf":false,"mute":false,"flags":0,"nick":null,"avatar":null}],
             "voice_states":[],"presences":[],"stage_instances":[],"guild_scheduled_events":[],
             "soundboard_sounds":[],"member_count":3,"large":false,"unavailable":false,
             "joined_at":"2026-01-01T00:00:00.000000+00:00","premium_progress_bar_enabled":false,
             "premium_subscription_count":0,"max_members":500000}""".formatted(FakeDiscord.SELF);

    /** What an interaction in the guild's channel carries about where it happened and who acted. */
    private static String inGuild(String userId) {
        return """
                "guild_id":"1000","guild":{"id":"1000","locale":"en-US","features":[]},"guild_locale":"en-US",
                "channel_id":"2000",
                "channel":{"id":"2000","type":0,"guild_id":"1000","name":"interviews","position":0,
                           "permission_overwrites":[],"nsfw":false,"parent_id":null,"rate_limit_per_user":0},
                "member":{"user":{"id":"%s","username":"m%s","discriminator":"0","global_name":"Member %s",
                                  "avatar":null},
                          "roles":[],"joined_at":"2026-01-01T00:00:00.000000+00:00","permissions":"104324673",
                          "deaf":false,"mute":false,"flags":0,"nick":null,"avatar":null,"pending":false},
                "context":0,"authorizing_integration_owners":{"0":"1000"},"locale":"en-US","entitlements":[],
                "app_permissions":"104324673\"""".formatted(userId, userId, userId);
    }

    @Test
    void inAGuildCommandsRegisterThereAndShowAnswerIsOnlyForThePresser() throws Exception {
        try (FakeDiscord discord = new FakeDiscord(List.of(GUILD), false);
             DiscordBot bot = DiscordBot.start(RecordingEngine.quick(), new DiscordSettings("test-token",
                     Optional.of("1000"), Optional.of(discord.restBase()), Optional.of(discord.gateway()),
                     Duration.ofSeconds(2)))) {
            // given the bot connected with DISCORD_GUILD_ID set: its commands are registered in that guild
            DataArray commands = discord.take("PUT", "/api/v10/applications/500/guilds/1000/commands").array();
            assertTrue(names(commands).contains("ask"));

            // when one member asks for a question in a channel
            // Minted as it arrives: Discord counts its three seconds from the time in the id.
            String askId = snowflake(3);
            discord.dispatch("INTERACTION_CREATE", """
                    {"id":"%s","application_id":"500","type":2,"token":"token-3","version":1,%s,
                     "data":{"id":"600","name":"ask","type":1,"guild_id":"1000",
                             "options":[{"name":"track","type":3,"value":"system-design"}]}}"""
                    .formatted(askId, inGuild("7")));

            // then everyone sees it
            DataObject reply = discord.take("POST", "/api/v10/interactions/" + askId + "/token-3/callback").json();
            DataObject question = reply.getObject("data");
            assertEquals(0, question.getInt("flags", 0) & EPHEMERAL, "the question is for everyone");
            assertTrue(question.getArray("embeds").getObject(0).getString("title").startsWith("System Design"));

            // when another member presses Show answer
            String message = DataObject.fromJson(discord.message("2000"))
                    .put("embeds", rich(question.getArray("embeds"))).put("components", question.getArray("components"))
                    .toString();
            // Minted as it happens: Discord counts its three seconds from the time in the id.
            String pressId = snowflake(4);
            discord.dispatch("INTERACTION_CREATE", """
                    {"id":"%s","application_id":"500","type":3,"token":"token-4","version":1,%s,"message":%s,
                     "data":{"custom_id":"%s","component_type":2}}"""
                    .formatted(pressId, inGuild("8"), message, customId(question, "Show answer")));

            // then only they see the answer, behind a spoiler, and the question stays as it was for the others
            DataObject answer = discord.take("POST", "/api/v10/interactions/" + pressId + "/token-4/callback").json();
            assertEquals(4, answer.getInt("type"), "a new message, not an edit of the question");
            assertEquals(EPHEMERAL, answer.getObject("data").getInt("flags", 0) & EPHEMERAL);
            DataObject embed = answer.getObject("data").getArray("embeds").getObject(0);
            assertTrue(embed.getString("title").startsWith("Model answer"), embed.toString());
            assertTrue(embed.getString("description").contains("||"), embed.toString());
        }
    }

    @Test
    void aSlowEngineIsDeferredThenAnsweredByFollowUp() throws Exception {
        RecordingEngine engine = RecordingEngine.held();
        try (FakeDiscord discord = new FakeDiscord();
             DiscordBot bot = DiscordBot.start(engine, new DiscordSettings("test-token", Optional.empty(),
                     Optional.of(discord.restBase()), Optional.of(discord.gateway()), Duration.ofMillis(50)))) {
            // given an engine that has not answered when the ack budget runs out
            discord.take("PUT", "/api/v10/applications/500/commands");

            // when /tracks arrives
            // Minted as it arrives: Discord counts its three seconds from the time in the id.
            String askId = snowflake(5);
            discord.dispatch("INTERACTION_CREATE", """
                    {"id":"%s","application_id":"500","type":2,"token":"token-5","version":1,%s,
                     "data":{"id":"601","name":"tracks","type":1}}""".formatted(askId, DM));

            // then JDA acknowledges it at once with a deferred response (type 5)
            DataObject deferred = discord.take("POST", "/api/v10/interactions/" + askId + "/token-5/callback").json();
            assertEquals(5, deferred.getInt("type"));

            // and when the engine answers, the reply follows through the interaction's webhook
            engine.release();
            DataObject followUp = discord.take("POST", "/api/v10/webhooks/500/token-5").json();
            assertTrue(followUp.getArray("embeds").getObject(0).toString().contains("System Design"),
                    followUp.toString());
        }
    }

    @Test
    void theDailyQuestionIsPostedToAGuildChannelAndToAPersonsDms() throws Exception {
        RecordingEngine engine = RecordingEngine.quick();
        try (FakeDiscord discord = new FakeDiscord(List.of(GUILD), false);
             DiscordBot bot = DiscordBot.start(engine, settings(discord, Optional.empty()))) {
            // given a question the engine asks for a channel, and one for a person
            List<Reply> forChannel = engine.handle(ChatRequest.text("discord", "2000", ChatKind.GROUP, "7", "Member 7",
                    "/ask system-design"));
            List<Reply> forPerson = engine.handle(ChatRequest.text("discord", "42", ChatKind.PRIVATE, "42", "Ada",
                    "/ask system-design"));

            // when the engine's schedule posts them
            bot.outbound().post("2000", ChatKind.GROUP, forChannel);
            bot.outbound().post("42", ChatKind.PRIVATE, forPerson);

            // then the channel gets the question with its buttons, and nobody is pinged
            DataObject posted = discord.take("POST", "/api/v10/channels/2000/messages").json();
            assertTrue(posted.getArray("embeds").getObject(0).getString("title").startsWith("System Design"));
            assertEquals(List.of("Show answer", "Next", "Skip"), labels(posted));
            assertEquals(0, posted.getObject("allowed_mentions").getArray("parse").length());
            // and the person's DM is opened, then posted to
            assertEquals("42", discord.take("POST", "/api/v10/users/@me/channels").json().getString("recipient_id"));
            DataObject direct = discord.take("POST", "/api/v10/channels/3000/messages").json();
            assertTrue(direct.getArray("embeds").getObject(0).getString("title").startsWith("System Design"));
        }
    }

    @Test
    void aTeamsDailyPostPingsOnlyItsRoleOpensAThreadTakesPrivateAnswersAndItsRevealAnswersThePost() throws Exception {
        Fixtures.MutableClock clock = new Fixtures.MutableClock(Instant.parse("2026-01-05T08:00:00Z"));
        ChatEngine engine = Mockingbird.builder(Fixtures.bank()).storage(Storage.inMemory()).clock(clock).build();
        try (FakeDiscord discord = new FakeDiscord(List.of(GUILD), false);
             DiscordBot bot = DiscordBot.start(engine, settings(discord, Optional.empty()))) {
            discord.take("PUT", "/api/v10/applications/500/commands");
            // given the server's owner (99) sets a daily question at 09:00 that mentions the backend role (555),
            // picked from Discord's role option, while a member (8) may not
            String memberId = snowflake(30);
            discord.dispatch("INTERACTION_CREATE", """
                    {"id":"%s","application_id":"500","type":2,"token":"t-member","version":1,%s,
                     "data":{"id":"601","name":"daily","type":1,"options":[{"name":"role","type":8,"value":"555"}]}}"""
                    .formatted(memberId, inGuild("8")));
            String refused = discord.take("POST", "/api/v10/interactions/" + memberId + "/t-member/callback").body();
            String setId = snowflake(31);
            discord.dispatch("INTERACTION_CREATE", """
                    {"id":"%s","application_id":"500","type":2,"token":"t-set","version":1,%s,
                     "data":{"id":"601","name":"daily","type":1,"options":[{"name":"time","type":3,"value":"09:00"},
                                                                      {"name":"role","type":8,"value":"555"}]}}"""
                    .formatted(setId, inGuild("99")));
            String set = discord.take("POST", "/api/v10/interactions/" + setId + "/t-set/callback").body();
            assertTrue(refused.contains("admin"), refused);
            assertTrue(set.contains("Done"), set);

            // when the day's question is due
            clock.advance(Duration.ofHours(1));
            engine.postDue(List.of(bot.outbound()));
            String postId = discord.lastMessageId();

            // then the post pings the role and nothing else, and opens a thread named for talking it over
            DataObject post = discord.take("POST", "/api/v10/channels/2000/messages").json();
            assertEquals("<@&555>", post.getString("content"));
            DataObject allowed = post.getObject("allowed_mentions");
            assertEquals(0, allowed.getArray("parse").length(), allowed.toString());
            assertEquals("555", allowed.getArray("roles").getString(0), allowed.toString());
            assertEquals(1, allowed.getArray("roles").length(), allowed.toString());
            assertTrue(post.getArray("embeds").getObject(0).getString("title").startsWith("Daily interview question"),
                    post.toString());
            FakeDiscord.Call thread = discord.take("POST", "/api/v10/channels/2000/messages/"
                    + postId + "/threads");
            assertEquals(DiscordOutbound.THREAD_NAME, thread.json().getString("name"));

            // when a member presses Answer privately and answers in the box it opens
            String message = DataObject.fromJson(discord.message("2000")).put("embeds", rich(post.getArray("embeds")))
                    .put("components", post.getArray("components")).toString();
            String pressId = snowflake(32);
            discord.dispatch("INTERACTION_CREATE", """
                    {"id":"%s","application_id":"500","type":3,"token":"t-press","version":1,%s,"message":%s,
                     "data":{"custom_id":"%s","component_type":2}}"""
                    .formatted(pressId, inGuild("8"), message, customId(post, "Answer privately")));
            DataObject modal = discord.take("POST", "/api/v10/interactions/" + pressId + "/t-press/callback").json();
            assertEquals(9, modal.getInt("type"), modal.toString());
            String modalId = modal.getObject("data").getString("custom_id");
            String submitId = snowflake(33);
            discord.dispatch("INTERACTION_CREATE", """
                    {"id":"%s","application_id":"500","type":5,"token":"t-submit","version":1,%s,"message":%s,
                     "data":{"custom_id":"%s","components":[{"type":18,"id":1,
                       "component":{"type":4,"id":2,"custom_id":"text",
                                    "value":"I would put a redis cache in front of reads."}}]}}"""
                    .formatted(submitId, inGuild("8"), message, modalId));

            // then only they see their grade
            DataObject saved = discord.take("POST", "/api/v10/interactions/" + submitId + "/t-submit/callback").json();
            assertEquals(EPHEMERAL, saved.getObject("data").getInt("flags") & EPHEMERAL, saved.toString());
            assertTrue(saved.toString().contains("Saved for the team's reveal"), saved.toString());

            // when the next day's question goes out
            clock.advance(Duration.ofDays(1));
            engine.postDue(List.of(bot.outbound()));

            // then the reveal comes first, as a reply to yesterday's post, naming who covered what, pinging nobody
            DataObject reveal = discord.take("POST", "/api/v10/channels/2000/messages").json();
            assertEquals(postId, reveal.getObject("message_reference").getString("message_id"));
            String revealed = reveal.getArray("embeds").getObject(0).getString("description");
            assertTrue(revealed.contains("Member 8\\: 1 of 3"), revealed);
            assertEquals(0, reveal.getObject("allowed_mentions").getArray("parse").length());
            assertFalse(reveal.hasKey("content") && !reveal.isNull("content")
                    && !reveal.getString("content").isEmpty(), reveal.toString());
        }
    }

    @Test
    void anInstanceRunsExactlyTheShardsItIsGivenCompressedAndStillPostsAnywhere() throws Exception {
        try (FakeDiscord discord = new FakeDiscord(List.of(GUILD), false);
             DiscordBot bot = DiscordBot.start(RecordingEngine.quick(), settings(discord, Optional.empty())
                     .withShards(Shards.parse(Optional.of("4"), Optional.of("0-1"))))) {
            // then shards 0 and 1 of 4 identify, and no other
            assertEquals(List.of(List.of(0, 4), List.of(1, 4)), discord.identifiedShards(2));
            assertEquals(List.of(), discord.identifiedShards(1, Duration.ofSeconds(1)));
            assertEquals(List.of(0, 1), ((JdaDiscordBot) bot).shardIds());
            assertTrue(discord.compressed(), "the gateway stays compressed with zlib-stream");
            // and a channel of a guild on another instance's shard is posted to through REST
            bot.outbound().post("2999", ChatKind.GROUP, List.of(Reply.text("Daily question")));
            assertTrue(discord.take("POST", "/api/v10/channels/2999/messages").json().getArray("embeds")
                    .getObject(0).getString("description").contains("Daily question"));
        }
    }

    @Test
    void withoutShardSettingsTheBotRunsAsManyShardsAsDiscordRecommends() throws Exception {
        try (FakeDiscord discord = new FakeDiscord()) {
            discord.recommendShards(2);
            try (DiscordBot bot = DiscordBot.start(RecordingEngine.quick(), settings(discord, Optional.empty()))) {
                assertEquals(List.of(List.of(0, 2), List.of(1, 2)), discord.identifiedShards(2));
            }
        }
    }

    @Test
    void theGatewayUrlCanSwitchCompressionOff() throws Exception {
        try (FakeDiscord discord = new FakeDiscord()) {
            DiscordSettings plain = new DiscordSettings("test-token", Optional.empty(),
                    Optional.of(discord.restBase()), Optional.of(java.net.URI.create(discord.gateway() + "?compress=none")),
                    Duration.ofSeconds(2));
            try (DiscordBot bot = DiscordBot.start(RecordingEngine.quick(), plain)) {
                assertEquals(List.of(List.of(0, 1)), discord.identifiedShards(1));
                assertFalse(discord.compressed());
            }
        }
    }

    @Test
    void aDailyQuestionForSomeoneDiscordDoesNotKnowFailsForGood() throws Exception {
        try (FakeDiscord discord = new FakeDiscord();
             DiscordBot bot = DiscordBot.start(RecordingEngine.quick(), settings(discord, Optional.empty()))) {
            // when
            DeliveryException failure = assertThrows(DeliveryException.class,
                    () -> bot.outbound().post(FakeDiscord.UNKNOWN_USER, List.of(Reply.text("Daily question"))));

            // then the engine is told not to try again
            assertTrue(failure.permanent(), failure.getMessage());
        }
    }

    @Test
    void aGuildIdTheBotIsNotInFallsBackToGlobalCommands() throws Exception {
        try (FakeDiscord discord = new FakeDiscord();
             DiscordBot bot = DiscordBot.start(RecordingEngine.quick(), settings(discord, Optional.of("1234")))) {
            // then
            assertTrue(names(discord.take("PUT", "/api/v10/applications/500/commands").array()).contains("ask"));
        }
    }

    @Test
    void aRejectedTokenFailsTheStartClearly() throws Exception {
        try (FakeDiscord discord = new FakeDiscord(List.of(), true)) {
            // when
            IllegalStateException failure = assertThrows(IllegalStateException.class,
                    () -> DiscordBot.start(RecordingEngine.quick(), settings(discord, Optional.empty())));

            // then
            assertTrue(failure.getMessage().startsWith("could not connect to Discord"), failure.getMessage());
            assertFalse(failure.getMessage().contains("test-token"), "the token is never shown");
        }
    }

    private static DiscordSettings settings(FakeDiscord discord, Optional<String> guildId) {
        return new DiscordSettings("test-token", guildId, Optional.of(discord.restBase()),
                Optional.of(discord.gateway()), Duration.ofSeconds(2));
    }

    private static List<String> names(DataArray commands) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < commands.length(); i++) {
            names.add(commands.getObject(i).getString("name"));
        }
        return names;
    }

    private static List<DataObject> buttons(DataObject message) {
        List<DataObject> buttons = new ArrayList<>();
        DataArray rows = message.optArray("components").orElseGet(DataArray::empty);
        for (int i = 0; i < rows.length(); i++) {
            DataArray row = rows.getObject(i).getArray("components");
            for (int j = 0; j < row.length(); j++) {
                buttons.add(row.getObject(j));
            }
        }
        return buttons;
    }

    private static List<String> labels(DataObject message) {
        return buttons(message).stream().map(b -> b.getString("label")).toList();
    }

    private static String customId(DataObject message, String label) {
        return buttons(message).stream().filter(b -> b.getString("label").equals(label))
                .map(b -> b.getString("custom_id")).findFirst().orElseThrow();
    }
}
