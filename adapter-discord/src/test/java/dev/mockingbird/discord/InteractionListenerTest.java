package dev.mockingbird.discord;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.mockingbird.core.chat.ChatKind;
import dev.mockingbird.core.chat.ChatRequest;
import dev.mockingbird.core.chat.Input;
import dev.mockingbird.core.chat.Reply;
import dev.mockingbird.core.chat.RichText;
import dev.mockingbird.core.storage.Storage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.unions.GuildMessageChannelUnion;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import net.dv8tion.jda.api.interactions.AutoCompleteQuery;
import net.dv8tion.jda.api.interactions.Interaction;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.modals.ModalMapping;
import net.dv8tion.jda.api.modals.Modal;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.requests.RestAction;
import net.dv8tion.jda.api.requests.restaction.WebhookMessageCreateAction;
import net.dv8tion.jda.api.requests.restaction.interactions.AutoCompleteCallbackAction;
import net.dv8tion.jda.api.requests.restaction.interactions.MessageEditCallbackAction;
import net.dv8tion.jda.api.requests.restaction.interactions.ModalCallbackAction;
import net.dv8tion.jda.api.requests.restaction.interactions.ReplyCallbackAction;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** The listener driven with JDA's own event types, mocked; the engine behind it is the real one. */
class InteractionListenerTest {

    private static final String GUILD = "1000";
    private static final String CHANNEL = "2000";
    private static final String DM_CHANNEL = "3000";
    /** Long enough that a quick engine always answers within it. */
    private static final Duration PATIENT = Duration.ofSeconds(20);
    /** Short enough that a held engine never does. */
    private static final Duration IMPATIENT = Duration.ofMillis(20);

    private final ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();
    private final AtomicLong interactionIds = new AtomicLong(9_000);
    private final InteractionHook hook = mock(InteractionHook.class);
    // Written by the listener's worker threads in the deferred cases.
    private final List<MessageCreateData> followUps = new CopyOnWriteArrayList<>();
    private final List<WebhookMessageCreateAction<Message>> followUpActions = new CopyOnWriteArrayList<>();

    InteractionListenerTest() {
        when(hook.sendMessage(any(MessageCreateData.class))).thenAnswer(inv -> {
            followUps.add(inv.getArgument(0));
            @SuppressWarnings("unchecked")
            WebhookMessageCreateAction<Message> action = mock(WebhookMessageCreateAction.class, RETURNS_SELF);
            succeeds(action, mock(Message.class));
            followUpActions.add(action);
            return action;
        });
    }

    @AfterEach
    void stopWorkers() {
        workers.shutdownNow();
    }

    @Test
    void aSlashCommandReachesTheEngineWithItsOptionsByName() {
        // given /ask in a guild channel, the level filled in before the track
        RecordingEngine engine = RecordingEngine.quick();
        Map<String, String> options = new LinkedHashMap<>();
        options.put("level", "senior");
        options.put("track", "system-design");
        SlashCommandInteractionEvent event = slash(true, "7", "ask", options);
        answers(event);

        // when
        listener(engine, PATIENT).onSlashCommandInteraction(event);

        // then the engine gets the command and its options as Discord structured them, from the guild channel
        ChatRequest request = engine.requests().getFirst();
        assertAll(
                () -> assertEquals(new Input.Invocation("ask", Map.of("track", "system-design", "level", "senior")),
                        request.input()),
                () -> assertEquals("discord", request.platform()),
                () -> assertEquals(ChatKind.GROUP, request.chatKind()),
                () -> assertEquals(CHANNEL, request.chatId()),
                () -> assertEquals("7", request.userId()),
                () -> assertEquals("Member 7", request.displayName()),
                () -> assertEquals(Optional.of(event.getId()), request.updateId()));
    }

    @Test
    void membersWhoManageTheServerOrTheChannelAreAdminsAndOthersAreNot() {
        // given three members: one managing the server, one managing this channel, one with neither
        SlashCommandInteractionEvent owner = slash(true, "1", "daily", Map.of("time", "09:00"));
        when(owner.getMember().hasPermission(Permission.MANAGE_SERVER)).thenReturn(true);
        SlashCommandInteractionEvent moderator = slash(true, "2", "daily", Map.of("time", "09:00"));
        GuildMessageChannelUnion channel = mock(GuildMessageChannelUnion.class);
        when(moderator.getGuildChannel()).thenReturn(channel);
        when(moderator.getMember().hasPermission(channel, Permission.MANAGE_CHANNEL)).thenReturn(true);
        SlashCommandInteractionEvent member = slash(true, "3", "daily", Map.of("time", "09:00"));
        when(member.getGuildChannel()).thenReturn(mock(GuildMessageChannelUnion.class));
        RecordingEngine engine = RecordingEngine.quick();
        InteractionListener listener = listener(engine, PATIENT);

        // when each sends /daily 09:00
        for (SlashCommandInteractionEvent event : List.of(owner, moderator, member)) {
            answers(event);
            listener.onSlashCommandInteraction(event);
        }

        // then the engine is told who administers the channel, without asking Discord anything more
        assertEquals(List.of(true, true, false), engine.requests().stream().map(ChatRequest::admin).toList());
    }

    @Test
    void aCommandInADirectMessageIsThePersonsPrivateChat() {
        // given /tracks in a DM with the bot
        RecordingEngine engine = RecordingEngine.quick();
        SlashCommandInteractionEvent event = slash(false, "42", "tracks", Map.of());
        answers(event);

        // when
        listener(engine, PATIENT).onSlashCommandInteraction(event);

        // then
        ChatRequest request = engine.requests().getFirst();
        assertEquals(new Input.Invocation("tracks", Map.of()), request.input());
        assertEquals(ChatKind.PRIVATE, request.chatKind());
        assertEquals("42", request.chatId(), "a DM is keyed by the person, so a daily question can find them again");
        assertEquals("User 42", request.displayName());
    }

    @Test
    void aQuestionIsAnEmbedWithTrackAndLevelAndButtonsForEveryone() {
        // given
        SlashCommandInteractionEvent event = slash(true, "7", "ask", Map.of("track", "system-design", "level", "mid"));
        ReplyCallbackAction reply = answers(event);

        // when
        listener(RecordingEngine.quick(), PATIENT).onSlashCommandInteraction(event);

        // then
        MessageCreateData message = replyOf(event);
        MessageEmbed embed = message.getEmbeds().getFirst();
        assertEquals("System Design · mid", embed.getTitle());
        assertTrue(embed.getDescription().startsWith("System Design mid question "), embed.getDescription());
        assertEquals(List.of("Show answer", "Next", "Skip"), labels(message));
        assertTrue(buttonId(message, "Show answer").startsWith("1:answer:"));
        assertTrue(message.getAllowedMentions().isEmpty(), "no mention may ping");
        verify(reply).setEphemeral(false);
    }

    @Test
    void showAnswerInAGuildChannelIsEphemeral() {
        // given a question asked in a guild channel by one member
        InteractionListener listener = listener(RecordingEngine.quick(), PATIENT);
        SlashCommandInteractionEvent ask = slash(true, "7", "ask", Map.of("track", "system-design"));
        answers(ask);
        listener.onSlashCommandInteraction(ask);
        String showAnswer = buttonId(replyOf(ask), "Show answer");

        // when another member presses Show answer
        ButtonInteractionEvent press = button(true, "8", showAnswer);
        ReplyCallbackAction reply = answers(press);
        listener.onButtonInteraction(press);

        // then only the presser sees the answer, hidden behind a spoiler, and the question is left alone
        verify(reply).setEphemeral(true);
        verify(press, never()).editMessage(any(MessageEditData.class));
        MessageEmbed answer = replyOf(press).getEmbeds().getFirst();
        assertTrue(answer.getTitle().startsWith("Model answer"), answer.getTitle());
        assertTrue(answer.getDescription().contains("||"), answer.getDescription());
    }

    @Test
    void showAnswerInADirectMessageEditsTheQuestionAndFollowsUpWithTheAnswer() {
        // given a question asked in a DM
        InteractionListener listener = listener(RecordingEngine.quick(), PATIENT);
        SlashCommandInteractionEvent ask = slash(false, "42", "ask", Map.of("track", "system-design"));
        answers(ask);
        listener.onSlashCommandInteraction(ask);
        String showAnswer = buttonId(replyOf(ask), "Show answer");

        // when the person presses Show answer
        ButtonInteractionEvent press = button(false, "42", showAnswer);
        MessageEditCallbackAction edit = mock(MessageEditCallbackAction.class, RETURNS_SELF);
        when(press.editMessage(any(MessageEditData.class))).thenReturn(edit);
        succeeds(edit, hook);
        listener.onButtonInteraction(press);

        // then the question loses its buttons and the answer follows, openly, with a Next button
        ArgumentCaptor<MessageEditData> edited = ArgumentCaptor.forClass(MessageEditData.class);
        verify(press).editMessage(edited.capture());
        assertTrue(edited.getValue().getComponents().isEmpty());
        assertTrue(edited.getValue().getEmbeds().getFirst().getTitle().startsWith("System Design"));
        assertEquals(1, followUps.size());
        assertTrue(followUps.getFirst().getEmbeds().getFirst().getTitle().startsWith("Model answer"));
        assertEquals(List.of("Nailed it", "Partly", "Missed it", "Next"), labels(followUps.getFirst()));
        verify(followUpActions.getFirst()).setEphemeral(false);
    }

    @Test
    void aQuizRoundInAGuildTakesEachAnswerPrivatelyAndRevealsTheResultForEveryone() {
        // given a quiz round started in a guild channel
        InteractionListener listener = listener(RecordingEngine.quick(), PATIENT);
        SlashCommandInteractionEvent quiz = slash(true, "7", "quiz", Map.of("rounds", "1"));
        answers(quiz);
        listener.onSlashCommandInteraction(quiz);
        List<String> ids = buttons(replyOf(quiz)).stream().map(Button::getCustomId).toList();
        String firstOption = ids.stream().filter(id -> id.endsWith(":0")).findFirst().orElseThrow();
        String reveal = ids.stream().filter(id -> id.endsWith(":end")).findFirst().orElseThrow();

        // when a member answers
        ButtonInteractionEvent answer = button(true, "8", firstOption);
        MessageEditCallbackAction counted = mock(MessageEditCallbackAction.class, RETURNS_SELF);
        ArgumentCaptor<MessageEditData> countShown = ArgumentCaptor.forClass(MessageEditData.class);
        when(answer.editMessage(countShown.capture())).thenReturn(counted);
        succeeds(counted, hook);
        listener.onButtonInteraction(answer);

        // then the round's message shows one answer, and only they are told their answer was taken
        // (Discord markdown escapes the colon)
        String shown = countShown.getValue().getContent() + countShown.getValue().getEmbeds().stream()
                .map(e -> String.valueOf(e.getDescription())).collect(java.util.stream.Collectors.joining());
        assertTrue(shown.contains("Answered\\: 1"), shown);
        assertEquals(1, followUps.size());
        assertTrue(followUps.getFirst().getContent().startsWith("Got it"), followUps.getFirst().getContent());
        verify(followUpActions.getFirst()).setEphemeral(true);

        // and when someone reveals, the round's message becomes the result for everyone
        ButtonInteractionEvent end = button(true, "7", reveal);
        MessageEditCallbackAction edit = mock(MessageEditCallbackAction.class, RETURNS_SELF);
        when(end.editMessage(any(MessageEditData.class))).thenReturn(edit);
        listener.onButtonInteraction(end);
        verify(end).editMessage(any(MessageEditData.class));
        verify(end, never()).reply(any(MessageCreateData.class));
    }

    @Test
    void aButtonPressRoutesItsDataBackToTheEngine() {
        // given
        RecordingEngine engine = RecordingEngine.quick();
        ButtonInteractionEvent press = button(true, "8", "1:next:abc");
        answers(press);
        MessageEditCallbackAction edit = mock(MessageEditCallbackAction.class, RETURNS_SELF);
        when(press.editMessage(any(MessageEditData.class))).thenReturn(edit);
        when(press.deferEdit()).thenReturn(edit);

        // when
        listener(engine, PATIENT).onButtonInteraction(press);

        // then
        ChatRequest request = engine.requests().getFirst();
        assertEquals(new Input.Press("1:next:abc"), request.input());
        assertEquals(ChatKind.GROUP, request.chatKind());
        assertEquals("8", request.userId());
    }

    @Test
    void aButtonForAQuestionNoLongerInTheBankGetsANoteOnlyThePresserSees() {
        // given a press on a button from a question that has since left the bank
        ButtonInteractionEvent press = button(true, "8", "1:answer:gone0");
        ReplyCallbackAction reply = answers(press);

        // when
        listener(RecordingEngine.quick(), PATIENT).onButtonInteraction(press);

        // then
        assertTrue(replyOf(press).getContent().contains("no longer in the bank"), replyOf(press).getContent());
        verify(reply).setEphemeral(true);
        verify(press, never()).editMessage(any(MessageEditData.class));
    }

    @Test
    void autocompleteOffersTheBanksTracks() {
        // given someone typing "data" into the track option
        CommandAutoCompleteInteractionEvent event = mock(CommandAutoCompleteInteractionEvent.class);
        AutoCompleteQuery query = mock(AutoCompleteQuery.class);
        when(query.getValue()).thenReturn("Data");
        when(event.getFocusedOption()).thenReturn(query);
        AutoCompleteCallbackAction action = mock(AutoCompleteCallbackAction.class, RETURNS_SELF);
        when(event.replyChoices(anyCollection())).thenReturn(action);

        // when
        listener(RecordingEngine.quick(), PATIENT).onCommandAutoCompleteInteraction(event);

        // then the matching track is offered by name, its slug as the value
        assertEquals(List.of("Databases & SQL=databases"), choices(event));
    }

    @Test
    void autocompleteWithNothingTypedOffersEveryTrack() {
        // given
        CommandAutoCompleteInteractionEvent event = mock(CommandAutoCompleteInteractionEvent.class);
        AutoCompleteQuery query = mock(AutoCompleteQuery.class);
        when(query.getValue()).thenReturn("");
        when(event.getFocusedOption()).thenReturn(query);
        when(event.replyChoices(anyCollection())).thenReturn(mock(AutoCompleteCallbackAction.class, RETURNS_SELF));

        // when
        listener(RecordingEngine.quick(), PATIENT).onCommandAutoCompleteInteraction(event);

        // then
        assertEquals(List.of("System Design=system-design", "Databases & SQL=databases", "MongoDB=mongodb"),
                choices(event));
    }

    @Test
    void aSlowEngineIsDeferredThenAnsweredThroughTheHook() {
        // given an engine that has not answered when the ack budget runs out
        RecordingEngine engine = RecordingEngine.held();
        SlashCommandInteractionEvent event = slash(true, "7", "ask", Map.of("track", "system-design"));
        ReplyCallbackAction defer = mock(ReplyCallbackAction.class, RETURNS_SELF);
        when(event.deferReply()).thenReturn(defer);
        succeeds(defer, hook);

        // when
        listener(engine, IMPATIENT).onSlashCommandInteraction(event);

        // then the interaction is acknowledged at once, and answered through the hook when the engine is done
        verify(event).deferReply();
        verify(hook, never()).sendMessage(any(MessageCreateData.class));
        engine.release();
        ArgumentCaptor<MessageCreateData> followUp = ArgumentCaptor.forClass(MessageCreateData.class);
        verify(hook, timeout(10_000)).sendMessage(followUp.capture());
        verify(event, never()).reply(any(MessageCreateData.class));
        assertTrue(followUp.getValue().getEmbeds().getFirst().getTitle().startsWith("System Design"));
    }

    @Test
    void aSlowButtonPressIsDeferredThenEditsItsMessageThroughTheHook() {
        // given a question in a DM, and an engine that is slow on the next press
        InteractionListener quick = listener(RecordingEngine.quick(), PATIENT);
        SlashCommandInteractionEvent ask = slash(false, "42", "ask", Map.of("track", "system-design"));
        answers(ask);
        quick.onSlashCommandInteraction(ask);
        String showAnswer = buttonId(replyOf(ask), "Show answer");
        RecordingEngine slow = RecordingEngine.held();
        ButtonInteractionEvent press = button(false, "42", showAnswer);
        MessageEditCallbackAction defer = mock(MessageEditCallbackAction.class, RETURNS_SELF);
        when(press.deferEdit()).thenReturn(defer);
        succeeds(defer, hook);
        @SuppressWarnings("unchecked")
        net.dv8tion.jda.api.requests.restaction.WebhookMessageEditAction<Message> edit =
                mock(net.dv8tion.jda.api.requests.restaction.WebhookMessageEditAction.class, RETURNS_SELF);
        when(hook.editOriginal(any(MessageEditData.class))).thenReturn(edit);

        // when
        listener(slow, IMPATIENT).onButtonInteraction(press);
        slow.release();

        // then
        verify(press).deferEdit();
        verify(hook, timeout(10_000)).editOriginal(any(MessageEditData.class));
        verify(press, never()).editMessage(any(MessageEditData.class));
    }

    @Test
    void aReplyTooLongForOneEmbedArrivesAsFollowUpsInOrderWithButtonsOnTheLast() {
        // given a reply of about three embeds' worth of paragraphs
        RichText.Builder text = RichText.builder();
        for (int i = 0; i < 30; i++) {
            text.text("Paragraph " + i + " " + "word ".repeat(80));
        }
        RecordingEngine engine = RecordingEngine.replying(List.of(Reply.send(text.build(),
                List.of(new dev.mockingbird.core.chat.Button("Next", "1:next", "/next")))));
        SlashCommandInteractionEvent event = slash(true, "7", "answer", Map.of());
        answers(event);

        // when
        listener(engine, PATIENT).onSlashCommandInteraction(event);

        // then the first part answers the command, the rest follow in order, and only the last has the button
        List<MessageCreateData> parts = new ArrayList<>();
        parts.add(replyOf(event));
        parts.addAll(followUps);
        assertTrue(parts.size() >= 3, "parts: " + parts.size());
        List<String> shown = parts.stream().map(p -> p.getEmbeds().getFirst().getDescription()).toList();
        assertTrue(shown.getFirst().startsWith("Paragraph 0 ") && shown.getLast().contains("Paragraph 29 "));
        assertTrue(parts.subList(0, parts.size() - 1).stream().allMatch(p -> p.getComponents().isEmpty()));
        assertEquals(List.of("Next"), labels(parts.getLast()));
    }

    @Test
    void aFailedSendIsLoggedWithItsGuildAndChannelAndDoesNotThrow() {
        // given Discord refusing the reply
        SlashCommandInteractionEvent event = slash(true, "7", "help", Map.of());
        ReplyCallbackAction reply = mock(ReplyCallbackAction.class, RETURNS_SELF);
        when(event.reply(any(MessageCreateData.class))).thenReturn(reply);
        fails(reply, new IllegalStateException("503 from Discord"));

        try (LogLines log = new LogLines(InteractionListener.class)) {
            // when
            assertDoesNotThrow(() -> listener(RecordingEngine.quick(), PATIENT).onSlashCommandInteraction(event));

            // then
            assertTrue(log.lines().stream().anyMatch(l -> l.startsWith("WARN") && l.contains("guild " + GUILD)
                    && l.contains("channel " + CHANNEL) && l.contains("503 from Discord")), log.lines().toString());
        }
        verify(event, times(1)).reply(any(MessageCreateData.class));
    }

    @Test
    void aSendThatThrowsAtOnceIsLoggedAndDoesNotThrow() {
        // given JDA rejecting the reply before it is even sent
        SlashCommandInteractionEvent event = slash(false, "42", "help", Map.of());
        when(event.reply(any(MessageCreateData.class))).thenThrow(new IllegalStateException("already acknowledged"));

        try (LogLines log = new LogLines(InteractionListener.class)) {
            // when
            assertDoesNotThrow(() -> listener(RecordingEngine.quick(), PATIENT).onSlashCommandInteraction(event));

            // then
            assertTrue(log.lines().stream().anyMatch(l -> l.contains("DM, channel " + DM_CHANNEL)
                    && l.contains("already acknowledged")), log.lines().toString());
        }
    }

    @Test
    void aMissingPermissionGetsOneClearMessageToThePersonWhoAsked() {
        // given the answer failing for a missing permission, the interaction still unanswered
        SlashCommandInteractionEvent event = slash(true, "7", "help", Map.of());
        ReplyCallbackAction refused = mock(ReplyCallbackAction.class, RETURNS_SELF);
        ReplyCallbackAction told = mock(ReplyCallbackAction.class, RETURNS_SELF);
        when(event.reply(any(MessageCreateData.class))).thenReturn(refused, told);
        fails(refused, new InsufficientPermissionException(event.getGuild(), Permission.MESSAGE_EMBED_LINKS));
        succeeds(told, hook);

        // when
        listener(RecordingEngine.quick(), PATIENT).onSlashCommandInteraction(event);

        // then the person is told, and only they see it
        ArgumentCaptor<MessageCreateData> messages = ArgumentCaptor.forClass(MessageCreateData.class);
        verify(event, times(2)).reply(messages.capture());
        assertTrue(messages.getAllValues().get(1).getContent().contains("missing a permission"));
        verify(told).setEphemeral(true);
    }

    @Test
    void aPersonIsToldAboutAMissingPermissionOnlyOnce() {
        // given an interaction already answered, whose later sends fail twice for a missing permission
        SlashCommandInteractionEvent event = slash(true, "7", "help", Map.of());
        when(event.isAcknowledged()).thenReturn(true);
        when(event.getHook()).thenReturn(hook);
        InteractionListener.Delivery delivery = new InteractionListener.Delivery(event, (p, c, r) -> { });
        InsufficientPermissionException missing =
                new InsufficientPermissionException(event.getGuild(), Permission.MESSAGE_SEND);

        // when
        delivery.failed(missing);
        delivery.failed(missing);

        // then one ephemeral follow-up says so
        assertEquals(1, followUps.size());
        assertTrue(followUps.getFirst().getContent().contains("missing a permission"));
        verify(followUpActions.getFirst()).setEphemeral(true);
    }

    private static ErrorResponseException refused(ErrorResponse response) {
        ErrorResponseException refused = mock(ErrorResponseException.class);
        when(refused.getErrorResponse()).thenReturn(response);
        return refused;
    }

    @Test
    void aReplyToAChannelThatNoLongerExistsMarksTheChatGoneThroughTheEngine() {
        // given a guild channel the engine knows, whose reply Discord refuses: the channel is unknown
        Storage storage = Storage.inMemory();
        SlashCommandInteractionEvent event = slash(true, "7", "tracks", Map.of());
        ReplyCallbackAction refusedReply = mock(ReplyCallbackAction.class, RETURNS_SELF);
        when(event.reply(any(MessageCreateData.class))).thenReturn(refusedReply);
        fails(refusedReply, refused(ErrorResponse.UNKNOWN_CHANNEL));

        // when someone uses the bot there
        listener(RecordingEngine.over(storage), PATIENT).onSlashCommandInteraction(event);

        // then the engine marked the chat gone, so no daily question goes there until someone uses the bot again
        assertFalse(storage.chats().isActive("discord", CHANNEL));
    }

    @Test
    void failuresThatMeanTheChatIsGoneAreReportedOnceAndOthersNot() {
        // given an interaction in a DM, whose engine chat is the person
        SlashCommandInteractionEvent event = slash(false, "42", "help", Map.of());
        when(event.isAcknowledged()).thenReturn(true);
        when(event.getHook()).thenReturn(hook);
        List<String> gone = new CopyOnWriteArrayList<>();
        InteractionListener.Delivery delivery = new InteractionListener.Delivery(event,
                (platform, chatId, reason) -> gone.add(platform + " " + chatId + " " + reason));

        // when one send fails for a passing reason and later ones for lost access
        delivery.failed(refused(ErrorResponse.UNKNOWN_INTERACTION));
        delivery.failed(new IllegalStateException("network"));
        delivery.failed(refused(ErrorResponse.MISSING_ACCESS));
        delivery.failed(refused(ErrorResponse.UNKNOWN_CHANNEL));

        // then the chat is reported gone once, with Discord's reason
        assertEquals(List.of("discord 42 MISSING_ACCESS"), gone);
    }

    @Test
    void anEngineFailureBecomesAnApologyToThePersonAndAnErrorInTheLog() {
        // given
        SlashCommandInteractionEvent event = slash(true, "7", "ask", Map.of());
        ReplyCallbackAction reply = answers(event);

        try (LogLines log = new LogLines(InteractionListener.class)) {
            // when
            listener(RecordingEngine.failing(), PATIENT).onSlashCommandInteraction(event);

            // then
            assertTrue(log.lines().stream().anyMatch(l -> l.startsWith("ERROR") && l.contains("engine bug")),
                    log.lines().toString());
        }
        assertEquals(InteractionListener.SORRY, replyOf(event).getContent());
        verify(reply).setEphemeral(true);
    }

    // --- JDA's types, mocked ---

    @Test
    void theAnswerButtonOpensATextBoxAndTheSubmittedAnswerIsGraded() {
        // given a question in a DM, which offers an Answer box
        RecordingEngine engine = RecordingEngine.quick();
        InteractionListener listener = listener(engine, PATIENT);
        SlashCommandInteractionEvent ask = slash(false, "42", "ask", Map.of("track", "system-design"));
        answers(ask);
        listener.onSlashCommandInteraction(ask);
        MessageCreateData question = replyOf(ask);
        assertEquals(List.of("Answer", "Show answer", "Next", "Skip"), labels(question));

        // when the person presses Answer
        ButtonInteractionEvent press = button(false, "42", buttonId(question, "Answer"));
        ModalCallbackAction opened = mock(ModalCallbackAction.class, RETURNS_SELF);
        when(press.replyModal(any(Modal.class))).thenReturn(opened);
        listener.onButtonInteraction(press);

        // then a text box opens, and the engine is not asked anything yet
        ArgumentCaptor<Modal> modal = ArgumentCaptor.forClass(Modal.class);
        verify(press).replyModal(modal.capture());
        verify(opened).queue(any(), any());
        assertEquals(InteractionListener.ANSWER_MODAL, modal.getValue().getId());
        assertEquals(1, engine.requests().size());

        // when they submit their answer in it
        ModalInteractionEvent submitted = mock(ModalInteractionEvent.class);
        when(submitted.getModalId()).thenReturn(InteractionListener.ANSWER_MODAL);
        ModalMapping typed = mock(ModalMapping.class);
        when(typed.getAsString()).thenReturn("Put a cache in front, a queue for slow work, and scale out.");
        when(submitted.getValue(InteractionListener.ANSWER_INPUT)).thenReturn(typed);
        place(submitted, false, "42");
        ReplyCallbackAction reply = mock(ReplyCallbackAction.class, RETURNS_SELF);
        when(submitted.reply(any(MessageCreateData.class))).thenReturn(reply);
        succeeds(reply, hook);
        listener.onModalInteraction(submitted);

        // then the engine reads it as typed text and the grade comes back
        assertEquals(new Input.Text("Put a cache in front, a queue for slow work, and scale out."),
                engine.requests().getLast().input());
        ArgumentCaptor<MessageCreateData> grade = ArgumentCaptor.forClass(MessageCreateData.class);
        verify(submitted).reply(grade.capture());
        String shown = grade.getValue().getContent() + grade.getValue().getEmbeds().stream()
                .map(e -> e.getTitle() + " " + e.getDescription()).toList();
        assertTrue(shown.contains("3 of 3"), shown);
    }

    @Test
    void aTeamPostsAnswerPrivatelyOpensABoxWhoseAnswerOnlyThePersonSeesAndTheRevealKeeps() {
        // given a team post in the guild channel
        Storage storage = Storage.inMemory();
        storage.daily().addPost(new dev.mockingbird.core.storage.TeamPost("abc123", "discord", CHANNEL,
                "system-design/mid-1", java.time.Instant.now(), Optional.empty()));
        RecordingEngine engine = RecordingEngine.over(storage);
        InteractionListener listener = listener(engine, PATIENT);

        // when a member presses its Answer privately
        ButtonInteractionEvent press = button(true, "7", "t_abc123");
        ModalCallbackAction opened = mock(ModalCallbackAction.class, RETURNS_SELF);
        when(press.replyModal(any(Modal.class))).thenReturn(opened);
        listener.onButtonInteraction(press);

        // then a text box opens for that post
        ArgumentCaptor<Modal> modal = ArgumentCaptor.forClass(Modal.class);
        verify(press).replyModal(modal.capture());
        assertEquals(InteractionListener.PRIVATE_MODAL + "t_abc123", modal.getValue().getId());

        // when they submit their answer in it
        ModalInteractionEvent submitted = mock(ModalInteractionEvent.class);
        when(submitted.getModalId()).thenReturn(modal.getValue().getId());
        ModalMapping typed = mock(ModalMapping.class);
        when(typed.getAsString()).thenReturn("A redis cache in front of the reads.");
        when(submitted.getValue(InteractionListener.ANSWER_INPUT)).thenReturn(typed);
        place(submitted, true, "7");
        ReplyCallbackAction reply = mock(ReplyCallbackAction.class, RETURNS_SELF);
        when(submitted.reply(any(MessageCreateData.class))).thenReturn(reply);
        succeeds(reply, hook);
        listener.onModalInteraction(submitted);

        // then the grade is shown to them alone, and kept for the team's reveal under their name
        ArgumentCaptor<MessageCreateData> grade = ArgumentCaptor.forClass(MessageCreateData.class);
        verify(submitted).reply(grade.capture());
        verify(reply).setEphemeral(true);
        String shown = grade.getValue().getEmbeds().stream().map(e -> e.getDescription()).toList().toString();
        assertTrue(shown.contains("Saved for the team"), shown);
        List<dev.mockingbird.core.storage.TeamAnswer> kept = storage.daily().teamAnswers("abc123");
        assertEquals(List.of("7 Member 7"), kept.stream().map(a -> a.userId() + " " + a.userName()).toList());
    }

    @Test
    void aSlowPersonalCommandInAServerIsDeferredPrivatelyAndAnsweredToThePersonAlone() {
        // given an engine slower than the budget, and /stats (about the person alone) in a server channel
        RecordingEngine slow = RecordingEngine.held();
        SlashCommandInteractionEvent stats = slash(true, "7", "stats", Map.of());
        ReplyCallbackAction deferred = mock(ReplyCallbackAction.class, RETURNS_SELF);
        when(stats.deferReply(true)).thenReturn(deferred);
        succeeds(deferred, hook);
        var followUp = oneFollowUp();

        // when it is answered after the deferral
        listener(slow, IMPATIENT).onSlashCommandInteraction(stats);
        slow.release();

        // then the deferral was private (a public one would make the first follow-up public) and so is the answer
        verify(stats).deferReply(true);
        verify(stats, never()).deferReply();
        verify(followUp, timeout(10_000)).setEphemeral(true);
    }

    @Test
    void aSlowPublicCommandWhoseReplyIsForThePersonAloneRemovesThePublicPlaceholderFirst() {
        // given an engine slower than the budget whose only answer is a note for the person (a refusal, a limit)
        RecordingEngine slow = RecordingEngine.heldReplying(List.of(new Reply.Notice("Only admins change that.")));
        SlashCommandInteractionEvent daily = slash(true, "7", "daily", Map.of("time", "10:00"));
        ReplyCallbackAction deferred = mock(ReplyCallbackAction.class, RETURNS_SELF);
        when(daily.deferReply()).thenReturn(deferred);
        succeeds(deferred, hook);
        @SuppressWarnings("unchecked")
        net.dv8tion.jda.api.requests.RestAction<Void> delete = mock(net.dv8tion.jda.api.requests.RestAction.class);
        when(hook.deleteOriginal()).thenReturn(delete);
        doAnswer(inv -> {
            inv.<java.util.function.Consumer<Void>>getArgument(0).accept(null);
            return null;
        }).when(delete).queue(any(), any());
        var followUp = oneFollowUp();

        // when it is answered after the (public) deferral
        listener(slow, IMPATIENT).onSlashCommandInteraction(daily);
        slow.release();

        // then the public "thinking…" is removed before the note follows up, so the note is the person's alone
        verify(followUp, timeout(10_000)).setEphemeral(true);
        org.mockito.InOrder order = org.mockito.Mockito.inOrder(hook);
        order.verify(hook).deleteOriginal();
        order.verify(hook).sendMessage(any(MessageCreateData.class));
    }

    @Test
    void otherModalsAreLeftAlone() {
        RecordingEngine engine = RecordingEngine.quick();
        ModalInteractionEvent other = mock(ModalInteractionEvent.class);
        when(other.getModalId()).thenReturn("someone-elses");
        listener(engine, PATIENT).onModalInteraction(other);
        verify(other, never()).reply(any(MessageCreateData.class));
        assertEquals(List.of(), engine.requests());
    }

    @Test
    void anInteractionThatArrivesLateIsDeferredAtOnce() {
        // given a slow engine, a patient budget, and an interaction created 2.9 s ago (gateway lag)
        RecordingEngine engine = RecordingEngine.held();
        SlashCommandInteractionEvent event = slash(true, "7", "tracks", Map.of());
        when(event.getTimeCreated()).thenReturn(java.time.OffsetDateTime.now().minusNanos(2_900_000_000L));
        ReplyCallbackAction deferred = mock(ReplyCallbackAction.class, RETURNS_SELF);
        when(event.deferReply()).thenReturn(deferred);
        // when it is handled with a budget longer than the held engine's own 30 s limit
        listener(engine, Duration.ofSeconds(60)).onSlashCommandInteraction(event);
        // then it is deferred at once (Discord's 3 s are nearly gone); waiting out the budget would instead end in
        // the engine giving up and a plain reply, never a deferral
        verify(event).deferReply();
        verify(deferred).queue(any(), any());
        engine.release();
    }

    @Test
    void failedAndRateLimitedRestCallsAreCountedForTheOperator() {
        // given an engine that records what the adapter reports
        List<String> reported = new CopyOnWriteArrayList<>();
        InteractionListener listener = new InteractionListener(
                new dev.mockingbird.core.ForwardingChatEngine(RecordingEngine.quick()) {
                    @Override
                    public void apiFailed(String platform, String outcome) {
                        reported.add(platform + " " + outcome);
                    }
                }, workers, PATIENT, java.time.Clock.systemUTC());

        // when JDA reports a 429, a 503, a success and a call that got no answer
        for (net.dv8tion.jda.api.requests.Response response : List.of(
                new net.dv8tion.jda.api.requests.Response(1_000, java.util.Set.of()),
                new net.dv8tion.jda.api.requests.Response(null, 503, "Service Unavailable", -1, java.util.Set.of()),
                new net.dv8tion.jda.api.requests.Response(null, 200, "OK", -1, java.util.Set.of()),
                new net.dv8tion.jda.api.requests.Response(new java.io.IOException("reset"), java.util.Set.of()))) {
            net.dv8tion.jda.api.events.http.HttpRequestEvent event =
                    mock(net.dv8tion.jda.api.events.http.HttpRequestEvent.class);
            when(event.getResponse()).thenReturn(response);
            listener.onHttpRequest(event);
        }

        // then the three failures are counted by kind and the success is not
        assertEquals(List.of("discord 429", "discord 5xx", "discord network"), reported);
    }

    @Test
    void anInteractionAnotherInstanceAlreadyAnsweredGetsNoReplyFromThisOne() {
        // given two instances over one store, and an interaction that reached both (a shard moving between them)
        Storage storage = Storage.inMemory();
        SlashCommandInteractionEvent first = slash(true, "7", "ask", Map.of("track", "system-design"));
        answers(first);
        listener(RecordingEngine.over(storage), PATIENT).onSlashCommandInteraction(first);
        SlashCommandInteractionEvent again = slash(true, "7", "ask", Map.of("track", "system-design"));
        String id = first.getId();
        when(again.getId()).thenReturn(id);

        // when the second instance gets it
        listener(RecordingEngine.over(storage), PATIENT).onSlashCommandInteraction(again);

        // then the first answered it and the second does not respond at all, so nothing races the real answer
        verify(first).reply(any(MessageCreateData.class));
        verify(again, never()).reply(any(MessageCreateData.class));
        verify(again, never()).deferReply();
        verify(again, never()).deferReply(anyBoolean());
    }

    @Test
    void anInteractionAnotherInstanceIsAnsweringRightNowGetsNoReplyFromThisOne() {
        // given another instance handled the interaction and is still sending its answer
        Storage storage = Storage.inMemory();
        SlashCommandInteractionEvent event = slash(true, "7", "help", Map.of());
        RecordingEngine.over(storage).handle(new ChatRequest("discord", CHANNEL, ChatKind.GROUP, "7", "Member 7",
                new Input.Invocation("help", Map.of())).withUpdateId(event.getId()));

        // when it reaches this instance too
        listener(RecordingEngine.over(storage), PATIENT).onSlashCommandInteraction(event);

        // then this one neither answers nor apologises
        verify(event, never()).reply(any(MessageCreateData.class));
        verify(event, never()).deferReply();
        verify(event, never()).deferReply(anyBoolean());
    }

    @Test
    void aChannelMarkedGoneComesBackWhenSomeoneUsesTheBotThere() {
        // given a guild channel the daily question could not reach, marked gone
        Storage storage = Storage.inMemory();
        RecordingEngine engine = RecordingEngine.over(storage);
        engine.gone("discord", CHANNEL, "UNKNOWN_CHANNEL");
        assertFalse(storage.chats().isActive("discord", CHANNEL));
        SlashCommandInteractionEvent event = slash(true, "7", "tracks", Map.of());
        answers(event);

        // when someone uses the bot there again
        listener(engine, PATIENT).onSlashCommandInteraction(event);

        // then the channel is active again, so its daily question resumes
        assertTrue(storage.chats().isActive("discord", CHANNEL));
    }

    private InteractionListener listener(RecordingEngine engine, Duration ackBudget) {
        return new InteractionListener(engine, workers, ackBudget, java.time.Clock.systemUTC());
    }

    private SlashCommandInteractionEvent slash(boolean inGuild, String userId, String name,
                                               Map<String, String> options) {
        SlashCommandInteractionEvent event = mock(SlashCommandInteractionEvent.class);
        when(event.getName()).thenReturn(name);
        List<OptionMapping> mappings = new ArrayList<>();
        options.forEach((option, value) -> {
            OptionMapping mapping = mock(OptionMapping.class);
            when(mapping.getName()).thenReturn(option);
            when(mapping.getAsString()).thenReturn(value);
            when(event.getOption(option)).thenReturn(mapping);
            mappings.add(mapping);
        });
        when(event.getOptions()).thenReturn(mappings);
        place(event, inGuild, userId);
        return event;
    }

    private ButtonInteractionEvent button(boolean inGuild, String userId, String data) {
        ButtonInteractionEvent event = mock(ButtonInteractionEvent.class);
        when(event.getComponentId()).thenReturn(data);
        place(event, inGuild, userId);
        return event;
    }

    /** Who acted where: a member in guild channel 2000, or a person in their DM channel 3000. */
    private void place(Interaction event, boolean inGuild, String userId) {
        User user = mock(User.class);
        when(user.getId()).thenReturn(userId);
        when(user.getEffectiveName()).thenReturn("User " + userId);
        when(event.getUser()).thenReturn(user);
        when(event.getId()).thenReturn(Long.toString(interactionIds.incrementAndGet()));
        when(event.isFromGuild()).thenReturn(inGuild);
        if (inGuild) {
            Guild guild = mock(Guild.class);
            when(guild.getId()).thenReturn(GUILD);
            when(guild.getIdLong()).thenReturn(Long.parseLong(GUILD));
            when(event.getGuild()).thenReturn(guild);
            Member member = mock(Member.class);
            when(member.getEffectiveName()).thenReturn("Member " + userId);
            when(event.getMember()).thenReturn(member);
            when(event.getChannelId()).thenReturn(CHANNEL);
        } else {
            when(event.getChannelId()).thenReturn(DM_CHANNEL);
        }
    }

    /** Lets the event's reply go through. */
    private ReplyCallbackAction answers(SlashCommandInteractionEvent event) {
        ReplyCallbackAction action = mock(ReplyCallbackAction.class, RETURNS_SELF);
        when(event.reply(any(MessageCreateData.class))).thenReturn(action);
        succeeds(action, hook);
        return action;
    }

    private ReplyCallbackAction answers(ButtonInteractionEvent event) {
        ReplyCallbackAction action = mock(ReplyCallbackAction.class, RETURNS_SELF);
        when(event.reply(any(MessageCreateData.class))).thenReturn(action);
        succeeds(action, hook);
        return action;
    }

    private static <T> void succeeds(RestAction<T> action, T result) {
        doAnswer(inv -> {
            Consumer<T> success = inv.getArgument(0);
            success.accept(result);
            return null;
        }).when(action).queue(any(), any());
    }

    private static void fails(RestAction<?> action, Throwable failure) {
        doAnswer(inv -> {
            Consumer<Throwable> onFailure = inv.getArgument(1);
            onFailure.accept(failure);
            return null;
        }).when(action).queue(any(), any());
    }

    private static MessageCreateData replyOf(SlashCommandInteractionEvent event) {
        ArgumentCaptor<MessageCreateData> message = ArgumentCaptor.forClass(MessageCreateData.class);
        verify(event).reply(message.capture());
        return message.getValue();
    }

    private static MessageCreateData replyOf(ButtonInteractionEvent event) {
        ArgumentCaptor<MessageCreateData> message = ArgumentCaptor.forClass(MessageCreateData.class);
        verify(event).reply(message.capture());
        return message.getValue();
    }

    private static List<Button> buttons(MessageCreateData message) {
        return message.getComponents().stream().flatMap(c -> c.asActionRow().getButtons().stream()).toList();
    }

    private static List<String> labels(MessageCreateData message) {
        return buttons(message).stream().map(Button::getLabel).toList();
    }

    private static String buttonId(MessageCreateData message, String label) {
        return buttons(message).stream().filter(b -> b.getLabel().equals(label)).map(Button::getCustomId)
                .findFirst().orElseThrow();
    }

    private static List<String> choices(CommandAutoCompleteInteractionEvent event) {
        @SuppressWarnings("unchecked")
        ArgumentCaptor<Collection<Command.Choice>> choices = ArgumentCaptor.forClass(Collection.class);
        verify(event).replyChoices(choices.capture());
        return choices.getValue().stream().map(c -> c.getName() + "=" + c.getAsString()).toList();
    }

    /** One action for every follow-up the hook sends, to verify how they were sent. */
    private WebhookMessageCreateAction<Message> oneFollowUp() {
        @SuppressWarnings("unchecked")
        WebhookMessageCreateAction<Message> followUp = mock(WebhookMessageCreateAction.class, RETURNS_SELF);
        when(hook.sendMessage(any(MessageCreateData.class))).thenReturn(followUp);
        return followUp;
    }
}
