package dev.mockingbird.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockingbird.core.chat.ChatKind;
import dev.mockingbird.core.chat.DeliveryException;
import dev.mockingbird.core.chat.PlatformReports;
import dev.mockingbird.core.chat.Reply;
import dev.mockingbird.core.chat.RichText;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The outbound port over real HTTP against a local stand-in for Discord's REST API: posts go by id through REST,
 * whichever shard holds the guild and whatever is cached, with DMs and channels kept apart.
 */
class DiscordOutboundTest {

    private static final String TOKEN = "secret-token";
    private static final List<Reply> DAILY = List.of(Reply.text("Daily interview question"));

    /** One request as the server saw it. */
    private record Seen(String method, String path, String body, String authorization) {
    }

    private final List<Seen> seen = Collections.synchronizedList(new ArrayList<>());
    /** What was reported for the operator's metrics. */
    private final List<String> failures = Collections.synchronizedList(new ArrayList<>());
    /** Answers queued for the next requests to a path; anything else succeeds. */
    private final Deque<MockResponse> scripted = new ArrayDeque<>();
    private final MockWebServer server = new MockWebServer();
    private final DiscordOutbound outbound;

    DiscordOutboundTest() throws IOException {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String path = request.getUrl().encodedPath();
                String body = request.getBody() == null ? "" : request.getBody().string(StandardCharsets.UTF_8);
                seen.add(new Seen(request.getMethod(), path, body,
                        String.valueOf(request.getHeaders().get("Authorization"))));
                synchronized (scripted) {
                    if (!scripted.isEmpty()) {
                        return scripted.poll();
                    }
                }
                if (path.equals("/api/v10/users/@me/channels")) {
                    String recipient = DataObject.fromJson(body).getString("recipient_id");
                    return recipient.equals("404")
                            ? json(404, "{\"message\":\"Unknown User\",\"code\":10013}")
                            : json(200, "{\"id\":\"9" + recipient + "\",\"type\":1}");
                }
                if (path.matches("/api/v10/channels/\\d+/messages")) {
                    return json(200, "{\"id\":\"1\",\"channel_id\":\"" + path.split("/")[4] + "\"}");
                }
                return json(404, "{\"message\":\"Unknown route\",\"code\":0}");
            }
        });
        server.start(InetAddress.getByName("127.0.0.1"), 0);
        outbound = new DiscordOutbound(new DiscordRest(HttpClient.newHttpClient(),
                Optional.of(URI.create("http://127.0.0.1:" + server.getPort() + "/api/v10/")), TOKEN, new PlatformReports() {
                    @Override
                    public void gone(String platform, String chatId, String reason) {
                        throw new AssertionError("the outbound port reports gone chats through its failures");
                    }

                    @Override
                    public void apiFailed(String platform, String outcome) {
                        failures.add(platform + " " + outcome);
                    }
                }));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json").body(body).build();
    }

    private void then(MockResponse... answers) {
        synchronized (scripted) {
            scripted.addAll(List.of(answers));
        }
    }

    private List<String> paths() {
        return seen.stream().map(s -> s.method() + " " + s.path()).toList();
    }

    @Test
    void aServerChannelIsPostedToByIdThroughRestWithOnlyTheNewMessages() {
        // when a channel no cache of this instance holds (another shard's guild, an archived thread) is posted to
        outbound.post("2000", ChatKind.GROUP, List.of(new Reply.Edit(RichText.plain("old"), List.of()),
                new Reply.Notice("toast"), Reply.text("Daily interview question")));

        // then one message goes straight to it, with the bot's token, and nothing else is sent
        assertEquals(List.of("POST /api/v10/channels/2000/messages"), paths());
        DataObject message = DataObject.fromJson(seen.getFirst().body());
        assertEquals("Daily interview question",
                message.getArray("embeds").getObject(0).getString("description"));
        assertEquals("Bot " + TOKEN, seen.getFirst().authorization());
    }

    @Test
    void aTeamsDailyPostOpensADiscussionThreadAndAFailedThreadLeavesThePostStanding() {
        // given Discord will refuse the second thread (no Create Public Threads permission there)
        List<Reply> teamPost = List.of(Reply.send(RichText.plain("Daily interview question"),
                List.of(dev.mockingbird.core.chat.Button.privateAnswer("Answer privately", "t_abc"))));

        // when team posts go to two channels
        outbound.post("2000", ChatKind.GROUP, teamPost);
        then(json(200, "{\"id\":\"1\",\"channel_id\":\"2001\"}"),
                json(403, "{\"message\":\"Missing Permissions\",\"code\":50013}"));
        outbound.post("2001", ChatKind.GROUP, teamPost);

        // then each post is followed by a thread started from it; the refused one changes nothing
        assertEquals(List.of("POST /api/v10/channels/2000/messages", "POST /api/v10/channels/2000/messages/1/threads",
                "POST /api/v10/channels/2001/messages", "POST /api/v10/channels/2001/messages/1/threads"), paths());
        assertEquals(DiscordOutbound.THREAD_NAME, DataObject.fromJson(seen.get(1).body()).getString("name"));
    }

    @Test
    void aPersonsDmIsOpenedOnceAndNeverMistakenForAChannel() {
        // when the daily question goes to a person twice
        outbound.post("1234", ChatKind.PRIVATE, DAILY);
        outbound.post("1234", ChatKind.PRIVATE, DAILY);

        // then their DM channel is opened once and both posts go there; their id is never tried as a channel
        assertEquals(List.of("POST /api/v10/users/@me/channels", "POST /api/v10/channels/91234/messages",
                "POST /api/v10/channels/91234/messages"), paths());
        assertEquals("1234", DataObject.fromJson(seen.getFirst().body()).getString("recipient_id"));
    }

    @Test
    void withoutAKindAnIdDiscordKnowsNoChannelByIsTriedAsAPerson() {
        // given Discord knows no channel 1234
        then(json(404, "{\"message\":\"Unknown Channel\",\"code\":10003}"));

        // when
        outbound.post("1234", DAILY);

        // then
        assertEquals(List.of("POST /api/v10/channels/1234/messages", "POST /api/v10/users/@me/channels",
                "POST /api/v10/channels/91234/messages"), paths());
    }

    @Test
    void aShortRateLimitIsWaitedOutAndTheMessageSentOnce() {
        // given Discord asks the bot to slow down for a moment
        then(json(429, "{\"message\":\"You are being rate limited.\",\"retry_after\":0.05,\"global\":false}"));

        // when
        outbound.post("2000", ChatKind.GROUP, DAILY);

        // then it tried again after the wait, and the message was posted once; the 429 is counted
        assertEquals(List.of("POST /api/v10/channels/2000/messages", "POST /api/v10/channels/2000/messages"),
                paths());
        assertEquals(List.of("discord 429"), failures);
    }

    @Test
    void aLongRateLimitIsLeftForALaterTryWithoutHoldingTheScheduler() {
        // given a rate limit far longer than a post is worth waiting for
        then(json(429, "{\"message\":\"You are being rate limited.\",\"retry_after\":60,\"global\":true}"));

        // when
        DeliveryException failure = assertThrows(DeliveryException.class,
                () -> outbound.post("2000", ChatKind.GROUP, DAILY));

        // then
        assertFalse(failure.permanent(), failure.getMessage());
        assertEquals(1, seen.size());
    }

    @Test
    void aDiscordServerErrorIsRetriedBecauseNothingWasPosted() {
        // given
        then(json(502, "{\"message\":\"Bad Gateway\",\"code\":0}"));

        // when
        outbound.post("2000", ChatKind.GROUP, DAILY);

        // then
        assertEquals(2, seen.size());
        assertEquals(List.of("discord 5xx"), failures);
    }

    @Test
    void aMissingPermissionIsAPermanentFailureThatNamesTheChatButNotTheToken() {
        // given a channel where the bot may not post
        then(json(403, "{\"message\":\"Missing Permissions\",\"code\":50013}"));

        // when
        DeliveryException failure = assertThrows(DeliveryException.class,
                () -> outbound.post("2000", ChatKind.GROUP, DAILY));

        // then
        assertTrue(failure.permanent());
        assertTrue(failure.getMessage().contains("2000") && failure.getMessage().contains("50013"),
                failure.getMessage());
        assertFalse(failure.getMessage().contains(TOKEN));
    }

    @Test
    void aPersonDiscordDoesNotKnowIsGone() {
        // when
        DeliveryException failure = assertThrows(DeliveryException.class,
                () -> outbound.post("404", ChatKind.PRIVATE, DAILY));

        // then
        assertTrue(failure.permanent(), failure.getMessage());
    }

    @Test
    void aNetworkFailureIsWorthAnotherTry() throws IOException {
        // given Discord cannot be reached
        server.close();

        // when
        DeliveryException failure = assertThrows(DeliveryException.class,
                () -> outbound.post("2000", ChatKind.GROUP, DAILY));

        // then
        assertFalse(failure.permanent());
    }

    @Test
    void somethingThatIsNotADiscordIdIsRefusedWithoutAsking() {
        // when
        DeliveryException failure = assertThrows(DeliveryException.class, () -> outbound.post("general", DAILY));

        // then
        assertTrue(failure.permanent());
        assertEquals(List.of(), seen);
    }
}
