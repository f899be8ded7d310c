package dev.mockingbird.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockingbird.core.chat.ChatKind;
import dev.mockingbird.core.chat.ChatRequest;
import dev.mockingbird.core.chat.Input;
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
    void privateTextThatIsNoCommandStillReachesTheEngine() {
        // an answer in the person's own words is graded by the engine
        assertTrue(translator.translate(Updates.privateText(6, 42, "I would cache it")).isPresent());
    }

    @Test
    void inGroupsACommandForAnotherBotIsIgnored() {
        assertTrue(translator.translate(Updates.groupText(7, -100, 1, "/ask@OtherBot system-design")).isEmpty());
    }

    @Test
    void inGroupsCommandsWithoutAddressOrAddressedToUsAreHandled() {
        // when a plain /ask and an /ask@ourbot (any case) arrive in a group
        Optional<Incoming> plain = translator.translate(Updates.groupText(8, -100, 1, "/ask"));
        Optional<Incoming> addressed = translator.translate(Updates.groupText(9, -100, 1, "/ask@mockingbirdbot sd"));

        // then both are ours, as group requests
        assertEquals(ChatKind.GROUP, plain.orElseThrow().request().orElseThrow().chatKind());
        assertEquals("-100", addressed.orElseThrow().request().orElseThrow().chatId());
    }

    @Test
    void inGroupsChatterIsNotForTheBot() {
        assertTrue(translator.translate(Updates.groupText(10, -100, 1, "what do you all think?")).isEmpty());
    }

    @Test
    void withoutOurUsernameAddressedGroupCommandsAreIgnoredButPrivateOnesHandled() {
        // given getMe failed at start
        UpdateTranslator blind = new UpdateTranslator(Optional.empty());

        // then an addressed command in a group cannot be told apart and is left alone
        assertTrue(blind.translate(Updates.groupText(11, -100, 1, "/ask@SomeBot")).isEmpty());
        assertTrue(blind.translate(Updates.groupText(12, -100, 1, "/ask")).isPresent());
        assertTrue(blind.translate(Updates.privateText(13, 42, "/ask@SomeBot")).isPresent());
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
