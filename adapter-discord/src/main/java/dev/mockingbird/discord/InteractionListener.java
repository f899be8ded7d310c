package dev.mockingbird.discord;

import dev.mockingbird.core.ChatEngine;
import dev.mockingbird.core.UpdateInProgress;
import dev.mockingbird.core.chat.Audience;
import dev.mockingbird.core.chat.ChatKind;
import dev.mockingbird.core.chat.ChatRequest;
import dev.mockingbird.core.chat.PlatformReports;
import dev.mockingbird.core.chat.Input;
import dev.mockingbird.core.chat.Reply;
import dev.mockingbird.core.command.CommandSpec;
import dev.mockingbird.core.command.OptionSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.events.http.HttpRequestEvent;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.Interaction;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.callbacks.IDeferrableCallback;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.modals.ModalMapping;
import net.dv8tion.jda.api.modals.Modal;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.requests.Response;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slash commands, buttons and autocomplete, translated for the engine. Every interaction is answered within
 * Discord's three seconds: directly when the engine is quick (the usual case), otherwise deferred first and then
 * completed through the interaction hook.
 */
final class InteractionListener extends ListenerAdapter {

    static final String PLATFORM = "discord";
    static final String MISSING_PERMISSIONS = "I am missing a permission in this channel, so part of my "
            + "answer could not be posted. Ask a server admin to let me send messages and embeds here.";
    static final String SORRY = "Sorry, something went wrong on my side. Please try again.";
    private static final Logger LOG = LoggerFactory.getLogger(InteractionListener.class);
    /** Discord's limits on autocomplete: 25 choices, names and values of 1 to 100 characters. */
    private static final int MAX_CHOICES = 25;
    private static final int MAX_CHOICE_LENGTH = 100;

    /** Discord drops an interaction not acknowledged within 3 s; half a second is kept for the round trip. */
    private static final Duration DEADLINE = Duration.ofMillis(2_500);
    /** The answer box's ids: short and fixed, the box carries nothing else. */
    static final String ANSWER_MODAL = "answer";
    static final String ANSWER_INPUT = "text";
    /** A team post's button data starts with this (the engine's deep-link payload); its box's id adds the prefix. */
    static final String TEAM_PAYLOAD = "t_";
    static final String PRIVATE_MODAL = "pa:";

    private final ChatEngine engine;
    private final ExecutorService workers;
    private final Duration ackBudget;
    /** Discord stamps interactions in wall-clock time, so this is the system clock outside tests. */
    private final java.time.Clock clock;
    private final Map<String, CommandSpec> specs;

    InteractionListener(ChatEngine engine, ExecutorService workers, Duration ackBudget, java.time.Clock clock) {
        this.clock = clock;
        this.engine = engine;
        this.workers = workers;
        this.ackBudget = ackBudget;
        this.specs = engine.commands().stream()
                .collect(Collectors.toUnmodifiableMap(CommandSpec::name, Function.identity(), (a, b) -> a));
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        // The options go on by name, as Discord structured them: the engine reads them, nothing is parsed again.
        Input input = new Input.Invocation(event.getName(), event.getOptions().stream()
                .collect(Collectors.toMap(OptionMapping::getName, OptionMapping::getAsString, (a, b) -> a)));
        // A personal command in a server answers the person alone; should it be slow, its deferral must be private
        // too, or Discord shows the first follow-up to everyone whatever its flag says.
        boolean personal = event.isFromGuild() && Optional.ofNullable(event.getName()).map(specs::get)
                .filter(CommandSpec::personal).isPresent();
        answerTyped(event, request(event, input), personal);
    }

    /**
     * Typed input (a slash command, a submitted answer box) gets a reply: directly when the engine is quick, else
     * deferred first and completed through the interaction hook.
     */
    private void answerTyped(IReplyCallback event, Input input) {
        answerTyped(event, request(event, input), false);
    }

    /**
     * Answers a request; {@code privately} when everything said back is for the person alone (a private answer to a
     * team post), so it is deferred and shown ephemerally even in a server channel.
     */
    private void answerTyped(IReplyCallback event, ChatRequest request, boolean privately) {
        Delivery delivery = new Delivery(event, engine);
        CompletableFuture<List<Reply>> work = submit(request)
                .thenApply(replies -> privately ? forRequester(replies) : replies);
        awaitBriefly(work, event).ifPresentOrElse(
                replies -> delivery.guard(() -> replyToCommand(event, replies, delivery)),
                () -> delivery.guard(() -> (privately ? event.deferReply(true) : event.deferReply()).queue(
                        hook -> whenDone(work, delivery, replies -> followUp(hook, event, replies, true, delivery,
                                !privately)),
                        delivery::failed)));
    }

    /** Replies meant for one person only: shown to them alone (ephemeral) wherever they are. */
    private static List<Reply> forRequester(List<Reply> replies) {
        return replies.stream().map(r -> r instanceof Reply.Send send
                ? new Reply.Send(send.text(), send.buttons(), Audience.REQUESTER) : r).toList();
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        Delivery delivery = new Delivery(event, engine);
        if (event.getComponentId().startsWith(TEAM_PAYLOAD)) {
            // A team post's Answer privately: a text box whose words go to the bot alone, as from the person's DM.
            delivery.guard(() -> event.replyModal(answerBox(PRIVATE_MODAL + event.getComponentId()))
                    .queue(ok -> { }, delivery::failed));
            return;
        }
        if (event.getComponentId().equals(dev.mockingbird.core.chat.Button.TEXT_ENTRY_DATA)) {
            // The bot cannot read channel messages (no Message Content intent), so answers come in a text box.
            delivery.guard(() -> event.replyModal(answerBox()).queue(ok -> { }, delivery::failed));
            return;
        }
        ChatRequest request = request(event, new Input.Press(event.getComponentId()));
        CompletableFuture<List<Reply>> work = submit(request);
        awaitBriefly(work, event).ifPresentOrElse(
                replies -> delivery.guard(() -> replyToButton(event, replies, delivery)),
                () -> delivery.guard(() -> event.deferEdit().queue(
                        hook -> whenDone(work, delivery, replies -> followUp(hook, event, replies, false, delivery,
                                false)),
                        delivery::failed)));
    }

    /**
     * A submitted answer box: the text goes to the engine as if typed. A team post's box goes as the person's own
     * DM would send it ({@code /start <payload> <words>}), so it is graded for them alone and kept for the reveal.
     */
    @Override
    public void onModalInteraction(ModalInteractionEvent event) {
        ModalMapping typed = event.getValue(ANSWER_INPUT);
        String words = typed == null ? "" : typed.getAsString();
        if (event.getModalId().startsWith(PRIVATE_MODAL)) {
            String payload = event.getModalId().substring(PRIVATE_MODAL.length());
            User user = event.getUser();
            Member member = event.getMember();
            ChatRequest asInTheirDm = new ChatRequest(PLATFORM, user.getId(), ChatKind.PRIVATE, user.getId(),
                    member != null ? member.getEffectiveName() : user.getEffectiveName(),
                    new Input.Text("/start " + payload + " " + words)).withUpdateId(event.getId());
            answerTyped(event, asInTheirDm, true);
            return;
        }
        if (!event.getModalId().equals(ANSWER_MODAL)) {
            return;
        }
        answerTyped(event, new Input.Text(words));
    }

    /** The text box for a person's own answer. */
    static Modal answerBox() {
        return answerBox(ANSWER_MODAL);
    }

    /** The text box for a person's own answer, under this modal id. */
    static Modal answerBox(String modalId) {
        TextInput input = TextInput.create(ANSWER_INPUT, TextInputStyle.PARAGRAPH)
                .setPlaceholder("Explain it as you would to the interviewer.")
                .setRequiredRange(1, TextInput.MAX_VALUE_LENGTH).build();
        return Modal.create(modalId, "Your answer")
                .addComponents(Label.of("In your own words", input)).build();
    }

    /** Every REST answer JDA handled: the failed and rate-limited ones are counted for the operator. */
    @Override
    public void onHttpRequest(HttpRequestEvent event) {
        Response response = event.getResponse();
        if (response != null && !response.isOk()) {
            // A network failure has no status (JDA's -1), which reads as "network".
            engine.apiFailed(PLATFORM, PlatformReports.outcome(response.code));
        }
    }

    @Override
    public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
        // The engine decides what to offer; this only fits it to Discord's limits.
        OptionSpec.Kind kind = Optional.ofNullable(event.getName()).map(specs::get).stream()
                .flatMap(spec -> spec.options().stream())
                .filter(o -> o.name().equals(event.getFocusedOption().getName()))
                .map(OptionSpec::kind).findFirst().orElse(OptionSpec.Kind.TRACK);
        List<Command.Choice> choices = engine.complete(kind, event.getFocusedOption().getValue(), MAX_CHOICES)
                .stream()
                .filter(c -> !c.value().isEmpty() && c.value().length() <= MAX_CHOICE_LENGTH)
                .map(c -> new Command.Choice(choiceName(c.label()), c.value()))
                .toList();
        Delivery delivery = new Delivery(event, engine);
        delivery.guard(() -> event.replyChoices(choices).queue(ok -> { }, delivery::failed));
    }

    private static String choiceName(String label) {
        return label.length() <= MAX_CHOICE_LENGTH ? label : label.substring(0, MAX_CHOICE_LENGTH - 1) + "…";
    }

    private static ChatRequest request(Interaction event, Input input) {
        ChatKind kind = event.isFromGuild() ? ChatKind.GROUP : ChatKind.PRIVATE;
        Member member = event.getMember();
        String name = member != null ? member.getEffectiveName() : event.getUser().getEffectiveName();
        return new ChatRequest(PLATFORM, chatId(event), kind, event.getUser().getId(), name, input)
                .withUpdateId(event.getId()).withAdmin(manages(event));
    }

    /**
     * Whether the person may change what the channel shares: Manage Server, or Manage Channel here. Discord sends the
     * member's permissions with every interaction, so this costs no call.
     */
    static boolean manages(Interaction event) {
        Member member = event.getMember();
        if (member == null) {
            return false;
        }
        return member.hasPermission(Permission.MANAGE_SERVER)
                || event.isFromGuild() && member.hasPermission(event.getGuildChannel(), Permission.MANAGE_CHANNEL);
    }

    /**
     * The engine's chat for an interaction: a server channel or thread is a chat of its own; a DM is keyed by the
     * person, as on Telegram, so the daily question can reach them by opening the DM again.
     */
    static String chatId(Interaction event) {
        return event.isFromGuild() && event.getChannelId() != null ? event.getChannelId() : event.getUser().getId();
    }

    private CompletableFuture<List<Reply>> submit(ChatRequest request) {
        return CompletableFuture.supplyAsync(() -> {
            List<Reply> replies = engine.handle(request);
            // Discord never delivers an interaction twice, so nothing is held for a redelivery that cannot come.
            engine.delivered(request);
            return replies;
        }, workers);
    }

    /** The engine's replies if they arrive within the budget; empty otherwise (the caller defers). */
    private Optional<List<Reply>> awaitBriefly(CompletableFuture<List<Reply>> work, Interaction event) {
        try {
            return Optional.of(work.get(budget(event).toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            LOG.debug("Engine slower than {} ms; deferring the interaction", ackBudget.toMillis());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UpdateInProgress) {
                // Another instance (one that ran this shard a moment ago) is answering it: say nothing at all.
                LOG.debug("Discord interaction {} is being answered by another instance", event.getId());
                return Optional.of(List.of());
            }
            // The engine turns its own failures into replies; reaching here means a bug, so say so and log it.
            LOG.error("Engine failed on a Discord interaction", e.getCause());
            return Optional.of(List.of(new Reply.Notice(SORRY)));
        }
    }

    /**
     * How long to wait for the engine before deferring: the budget, but never past Discord's three seconds counted
     * from when the interaction was created (it may reach us late, after gateway lag or a pause).
     */
    private Duration budget(Interaction event) {
        java.time.OffsetDateTime created = event.getTimeCreated();
        if (created == null) {
            return ackBudget;
        }
        Duration left = Duration.between(clock.instant(), created.toInstant().plus(DEADLINE));
        return left.compareTo(ackBudget) < 0 ? (left.isNegative() ? Duration.ZERO : left) : ackBudget;
    }

    /** Completes a deferred interaction once the engine is done, whether it answered or failed. */
    private static void whenDone(CompletableFuture<List<Reply>> work, Delivery delivery, Consumer<List<Reply>> then) {
        work.whenComplete((replies, failure) -> {
            if (failure != null && rootCause(failure) instanceof UpdateInProgress) {
                // Rare: it was deferred before the update log was read. The deferral is resolved with "Done.".
                delivery.guard(() -> then.accept(List.of()));
                return;
            }
            if (failure != null) {
                LOG.error("Engine failed on a deferred Discord interaction", failure);
            }
            // A future swallows what its callbacks throw; the guard logs it instead.
            delivery.guard(() -> then.accept(failure != null ? List.of(new Reply.Notice(SORRY)) : replies));
        });
    }

    private static Throwable rootCause(Throwable failure) {
        return failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
    }

    /**
     * A slash command (or a submitted answer box) gets one response and further replies follow up. No reply at all
     * when the engine stays silent: the update log says another instance answered this interaction (a response from
     * here would race it, and the loser's fails), or a person over their rate limit was already told once.
     */
    private void replyToCommand(IReplyCallback event, List<Reply> replies, Delivery delivery) {
        List<Outgoing> messages = outgoing(replies, event.isFromGuild());
        if (messages.isEmpty()) {
            LOG.debug("No reply to Discord interaction {}: the engine had nothing to say", event.getId());
            return;
        }
        Outgoing first = messages.getFirst();
        List<Outgoing> rest = messages.subList(1, messages.size());
        event.reply(first.message()).setEphemeral(first.ephemeral())
                .queue(hook -> sendAll(hook, rest, delivery), delivery::failed);
    }

    /** A button press edits its message, or replies (ephemerally when only the presser should see it). */
    private void replyToButton(ButtonInteractionEvent event, List<Reply> replies, Delivery delivery) {
        if (!replies.isEmpty() && replies.getFirst() instanceof Reply.Edit edit) {
            List<MessageCreateData> overflow = DiscordMessages.create(edit.text(), edit.buttons());
            List<Outgoing> all = new ArrayList<>();
            overflow.subList(1, overflow.size()).forEach(m -> all.add(new Outgoing(m, false)));
            all.addAll(outgoing(replies.subList(1, replies.size()), event.isFromGuild()));
            event.editMessage(DiscordMessages.edit(edit.text(), edit.buttons()))
                    .queue(hook -> sendAll(hook, all, delivery), delivery::failed);
            return;
        }
        List<Outgoing> messages = outgoing(replies, event.isFromGuild());
        if (messages.isEmpty()) {
            // As for commands: a press answered elsewhere, or one over the limit, gets nothing from here.
            LOG.debug("No reply to Discord press {}: the engine had nothing to say", event.getId());
            return;
        }
        Outgoing first = messages.getFirst();
        event.reply(first.message()).setEphemeral(first.ephemeral())
                .queue(hook -> sendAll(hook, messages.subList(1, messages.size()), delivery), delivery::failed);
    }

    /**
     * After a deferral: a button's edits go to its message, everything else follows up. After a public deferral Discord
     * shows the first follow-up in place of the public "thinking…", ignoring its ephemeral flag; a reply meant for the
     * person alone (a refusal, a notice) therefore first removes that placeholder, so it follows up privately.
     */
    private void followUp(InteractionHook hook, Interaction event, List<Reply> replies, boolean command,
                          Delivery delivery, boolean deferredPublicly) {
        List<Outgoing> messages = new ArrayList<>();
        for (Reply reply : replies) {
            if (reply instanceof Reply.Edit edit && !command) {
                hook.editOriginal(DiscordMessages.edit(edit.text(), edit.buttons()))
                        .queue(ok -> { }, delivery::failed);
                // A long edit's further parts follow up, the buttons on the last.
                List<MessageCreateData> parts = DiscordMessages.create(edit.text(), edit.buttons());
                parts.subList(1, parts.size()).forEach(m -> messages.add(new Outgoing(m, false)));
            } else {
                messages.addAll(outgoing(List.of(reply), event.isFromGuild()));
            }
        }
        if (messages.isEmpty() && command) {
            // The deferred "thinking…" must be resolved with something.
            messages.add(new Outgoing(DiscordMessages.note("Done."), false));
        }
        if (deferredPublicly && event.isFromGuild() && !messages.isEmpty() && messages.getFirst().ephemeral()) {
            hook.deleteOriginal().queue(ok -> sendAll(hook, messages, delivery), failed -> {
                // Still there: the reply goes out regardless, shown where Discord puts it.
                LOG.debug("Could not remove a deferred reply's placeholder: {}", failed.toString());
                sendAll(hook, messages, delivery);
            });
            return;
        }
        sendAll(hook, messages, delivery);
    }

    /** Sends in order, each after the previous one arrived; stops at the first failure. */
    private static void sendAll(InteractionHook hook, List<Outgoing> messages, Delivery delivery) {
        if (messages.isEmpty()) {
            return;
        }
        Outgoing next = messages.getFirst();
        hook.sendMessage(next.message()).setEphemeral(next.ephemeral())
                .queue(ok -> sendAll(hook, messages.subList(1, messages.size()), delivery), delivery::failed);
    }

    /** A message to post and whether only the person who acted sees it. */
    record Outgoing(MessageCreateData message, boolean ephemeral) {
    }

    static List<Outgoing> outgoing(List<Reply> replies, boolean inGuild) {
        List<Outgoing> out = new ArrayList<>();
        for (Reply reply : replies) {
            switch (reply) {
                case Reply.Send send -> {
                    // Ephemeral only where others could see it; in a DM it would vanish for no one's benefit.
                    boolean ephemeral = inGuild && send.audience() == Audience.REQUESTER;
                    DiscordMessages.create(send.text(), send.buttons())
                            .forEach(m -> out.add(new Outgoing(m, ephemeral)));
                }
                // Only a button's own message can be edited; elsewhere an edit is shown as a new message.
                case Reply.Edit edit -> DiscordMessages.create(edit.text(), edit.buttons())
                        .forEach(m -> out.add(new Outgoing(m, false)));
                case Reply.Notice notice -> out.add(new Outgoing(DiscordMessages.note(notice.text()), true));
            }
        }
        return out;
    }

    /**
     * What to do when sending for one interaction fails: log it with the guild and channel; when a permission is
     * missing tell the person who asked, once; and when the failure means the bot can no longer reach the chat (an
     * unknown channel, no access to it) tell the engine it is gone, once, so its daily question stops until someone
     * uses the bot there again.
     */
    static final class Delivery {
        /** Answers that mean the chat is out of the bot's reach, not that one message went wrong. */
        private static final Set<ErrorResponse> GONE = EnumSet.of(ErrorResponse.UNKNOWN_CHANNEL,
                ErrorResponse.UNKNOWN_GUILD, ErrorResponse.MISSING_ACCESS);

        private final Interaction event;
        private final PlatformReports chats;
        private final AtomicBoolean told = new AtomicBoolean();
        private final AtomicBoolean reported = new AtomicBoolean();

        Delivery(Interaction event, PlatformReports chats) {
            this.event = event;
            this.chats = chats;
        }

        /** Runs a send, treating anything it throws like a failed send rather than letting it escape. */
        void guard(Runnable send) {
            try {
                send.run();
            } catch (RuntimeException e) {
                failed(e);
            }
        }

        void failed(Throwable failure) {
            String where = where();
            LOG.warn("Discord send failed in {}", where, failure);
            if (failure instanceof ErrorResponseException e && GONE.contains(e.getErrorResponse())
                    && reported.compareAndSet(false, true)) {
                markGone(e.getErrorResponse(), where);
            }
            if (missingPermission(failure) && told.compareAndSet(false, true)) {
                tell(where);
            }
        }

        private void markGone(ErrorResponse response, String where) {
            try {
                chats.gone(PLATFORM, chatId(event), response.name());
            } catch (RuntimeException e) {
                LOG.warn("Could not report the Discord chat in {} as gone", where, e);
            }
        }

        private String where() {
            String guild = event.isFromGuild() && event.getGuild() != null ? "guild " + event.getGuild().getId()
                    : "DM";
            return guild + ", channel " + event.getChannelId();
        }

        private static boolean missingPermission(Throwable failure) {
            return failure instanceof InsufficientPermissionException
                    || (failure instanceof ErrorResponseException e
                    && (e.getErrorResponse() == ErrorResponse.MISSING_PERMISSIONS
                    || e.getErrorResponse() == ErrorResponse.MISSING_ACCESS));
        }

        private void tell(String where) {
            MessageCreateData note = DiscordMessages.note(MISSING_PERMISSIONS);
            Consumer<Throwable> again = e -> LOG.warn("Could not tell the person in {} about missing permissions",
                    where, e);
            try {
                if (event instanceof IReplyCallback callback && !event.isAcknowledged()) {
                    callback.reply(note).setEphemeral(true).queue(ok -> { }, again);
                } else if (event instanceof IDeferrableCallback callback) {
                    callback.getHook().sendMessage(note).setEphemeral(true).queue(ok -> { }, again);
                }
            } catch (RuntimeException e) {
                again.accept(e);
            }
        }
    }
}
