package dev.mockingbird.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockingbird.core.chat.ChatKind;
import dev.mockingbird.core.chat.ChatRequest;
import dev.mockingbird.core.chat.Input;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UpdateTranslatorTest {

    private final UpdateTranslator translator = new UpdateTranslator(Optional.of("MockingbirdBot"));

    @Test
    void aPrivateCommandBecomesARequestCarryingTheUpdateId() {
        // when a person sends /ask in a private chat
        Incoming incoming = translator.translate(Updates.privateText(5, 42, "/ask system-design")).orElseThrow();

        // then the engine gets it as text from that person, with the update id for de-duplication
        ChatRequest request = incoming.request().orElseThrow();
        assertEquals("telegram", request.platform());
        assertEquals("42", request.chatId());
        assertEquals(ChatKind.PRIVATE, request.chatKind());
        assertEquals("42", request.userId());
        assertEquals("User<42>", request.displayName());
        assertEquals(new Input.Text("/ask system-design"), request.input());
        assertEquals(Optional.of("5"), request.updateId());
        assertEquals(42L, incoming.chatId());
    }

    @Test
    void anAnonymousAdminSpeaksAsTheGroupAndCountsAsItsAdmin() {
        // when an admin who hides behind the group's name sends a command
        ChatRequest request = translator.translate(Updates.anonymousAdminText(8, -100, "/daily 09:00"))
                .orElseThrow().request().orElseThrow();

        // then the group itself is the sender, and the update already says it is an admin
        assertEquals("-100", request.userId());
        assertEquals("Interview prep", request.displayName());
        assertTrue(request.admin());
    }

    @Test
    void aMemberWritingInAGroupIsNotTakenForAnAdmin() {
        ChatRequest request = translator.translate(Updates.groupText(9, -100, 1, "/daily 09:00")).orElseThrow()
                .request().orElseThrow();
        assertEquals("1", request.userId());
        assertFalse(request.admin());
    }

    @Test
    void privateTextThatIsNoCommandStillReachesTheEngine() {
        // an answer in the person's own words is graded by the engine
        assertTrue(translator.translate(Updates.privateText(6, 42, "I would cache it")).isPresent());
    }

    @Test
    void groupMessagesGoToTheEngineAsTheyCameWithTheBotsUsername() {
        // when chatter, a command for another bot and one for us arrive in a group
        List<ChatRequest> requests = List.of("what do you all think?", "/ask@OtherBot system-design",
                        "/ask@mockingbirdbot sd").stream()
                .map(text -> translator.translate(Updates.groupText(7, -100, 1, text)).orElseThrow().request()
                        .orElseThrow())
                .toList();

        // then each reaches the engine untouched, as a group request naming the bot, which decides what is for it
        assertEquals(List.of(new Input.Text("what do you all think?"), new Input.Text("/ask@OtherBot system-design"),
                new Input.Text("/ask@mockingbirdbot sd")), requests.stream().map(ChatRequest::input).toList());
        assertTrue(requests.stream().allMatch(r -> r.chatKind() == ChatKind.GROUP && r.chatId().equals("-100")));
        assertTrue(requests.stream().allMatch(r -> r.botName().equals(Optional.of("MockingbirdBot"))));
    }

    @Test
    void withoutOurUsernameRequestsNameNoBot() {
        // given getMe failed at start
        UpdateTranslator blind = new UpdateTranslator(Optional.empty());

        // when an addressed command arrives
        ChatRequest request = blind.translate(Updates.groupText(11, -100, 1, "/ask@SomeBot")).orElseThrow()
                .request().orElseThrow();

        // then it goes on with no bot name, and the engine leaves it alone in a group
        assertEquals(Optional.empty(), request.botName());
        assertEquals(new Input.Text("/ask@SomeBot"), request.input());
    }

    @Test
    void aPressActsForThePresserInTheChatOfTheMessage() {
        // when person 7 presses a button under message 99 in a group
        Incoming incoming = translator.translate(Updates.press(14, -100, "group", 7, 99, "1:answer:k3")).orElseThrow();

        // then the request is the presser's, in that chat, and the message and callback are kept to answer
        ChatRequest request = incoming.request().orElseThrow();
        assertEquals("7", request.userId());
        assertEquals("-100", request.chatId());
        assertEquals(ChatKind.GROUP, request.chatKind());
        assertEquals(new Input.Press("1:answer:k3"), request.input());
        assertEquals(Optional.of("cb14"), incoming.callbackId());
        assertEquals(Optional.of(99), incoming.messageId());
    }
}
