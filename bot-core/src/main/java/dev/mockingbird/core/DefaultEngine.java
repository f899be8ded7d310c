package dev.mockingbird.core;

import dev.mockingbird.core.bank.EditDistance;
import dev.mockingbird.core.bank.QuestionBank;
import dev.mockingbird.core.chat.Button;
import dev.mockingbird.core.chat.ChatKind;
import dev.mockingbird.core.chat.ChatRequest;
import dev.mockingbird.core.chat.OutboundPort;
import dev.mockingbird.core.chat.Input;
import dev.mockingbird.core.chat.Reply;
import dev.mockingbird.core.chat.RichText;
import dev.mockingbird.core.chat.RichText.Code;
import dev.mockingbird.core.chat.RichText.Plain;
import dev.mockingbird.core.command.ButtonData;
import dev.mockingbird.core.command.Command;
import dev.mockingbird.core.command.CommandContext;
import dev.mockingbird.core.command.CommandSpec;
import dev.mockingbird.core.command.Completion;
import dev.mockingbird.core.command.OptionSpec;
import dev.mockingbird.core.command.FreeTextHandler;
import dev.mockingbird.core.command.Services;
import dev.mockingbird.core.daily.DailyPosts;
import dev.mockingbird.core.quiz.QuizTimer;
import dev.mockingbird.core.session.SessionKey;
import dev.mockingbird.core.session.SessionState;
import dev.mockingbird.core.storage.HeldReplies;
import dev.mockingbird.core.storage.StorageException;
import dev.mockingbird.core.storage.UpdateLogPort;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes requests to commands, each request one unit of work with its session locked, and turns any failure into a
 * friendly reply (after the unit of work rolled back, so the reply is true).
 */
final class DefaultEngine implements ChatEngine {

    private static final Logger LOG = LoggerFactory.getLogger(DefaultEngine.class);
    private static final Duration TIDY_EVERY = Duration.ofHours(1);
    /**
     * How long the instance that handled an update is trusted to be delivering its replies; after that another
     * instance given the update again sends them. Platforms redeliver after longer than this.
     */
    static final Duration DELIVERY_LEASE = Duration.ofSeconds(30);
    /** Platforms redeliver an update within minutes; a week is ample. */
    private static final Duration KEEP_UPDATES = Duration.ofDays(7);
    /** Claims guard work of one day (a daily post) or one minute (a quiz round). */
    private static final Duration KEEP_CLAIMS = Duration.ofDays(3);
    private static final String TROUBLE = "Sorry, something went wrong on my side. Nothing you did is lost; "
            + "please try again in a moment.";
    private static final String STORAGE_TROUBLE = "Sorry, I could not save that just now (a storage problem on my "
            + "side), so I did not do it. Everything saved before is safe; please try again in a moment.";

    private final Services services;
    private final Map<String, Command> commands = new LinkedHashMap<>();
    private final List<FreeTextHandler> freeText;
    private final DailyPosts daily;
    private final QuizTimer quizzes;
    /** When the next clearing of old update ids and claims is due; at most hourly, whatever the schedule's pace. */
    private final AtomicReference<Instant> nextTidy = new AtomicReference<>(Instant.MIN);

    DefaultEngine(Services services, List<Command> commands, List<FreeTextHandler> freeText, DailyPosts daily,
                  QuizTimer quizzes) {
        this.services = services;
        for (Command command : commands) {
            if (this.commands.put(command.spec().name(), command) != null) {
                throw new IllegalArgumentException("two commands are called " + command.spec().name());
            }
        }
        this.freeText = List.copyOf(freeText);
        this.daily = daily;
        this.quizzes = quizzes;
    }

    @Override
    public int postDue(List<OutboundPort> outbound) {
        tidy();
        return quizzes.closeDue(outbound) + daily.postDue(outbound);
    }

    @Override
    public List<Reply> handle(ChatRequest request) {
        if (!forUs(request)) {
            return List.of(); // Decided before any storage is touched: chatter costs nothing.
        }
        SessionKey session = SessionKey.of(request);
        CommandContext context = new CommandContext(request, session, SessionKey.person(request), services);
        try {
            // One unit of work: the update's claim, the chat's status, the session and the command commit together.
            return services.sessions().locked(session, () -> {
                Instant now = services.clock().instant();
                UpdateLogPort updates = services.storage().updates();
                if (request.updateId().isPresent()) {
                    String id = request.updateId().get();
                    if (!updates.firstSeen(request.platform(), id, now)) {
                        return redelivered(request.platform(), id, now);
                    }
                }
                // Someone used the bot here, so it can post here again (a chat that blocked it came back).
                services.storage().chats().markActive(request.platform(), request.chatId(), now);
                List<Reply> replies = route(context);
                if (request.updateId().isPresent() && !replies.isEmpty()) {
                    // Committed with the command's effects: an instance dying before it sends them loses nothing.
                    updates.hold(request.platform(), request.updateId().get(),
                            new HeldReplies(replies, now.plus(DELIVERY_LEASE)));
                }
                return replies;
            });
        } catch (UpdateInProgress e) {
            throw e;
        } catch (StorageException e) {
            LOG.error("Storage failed for a {} request in session {}: {}", request.platform(), session.asString(),
                    e.getMessage(), e);
            return trouble(request, STORAGE_TROUBLE);
        } catch (RuntimeException e) {
            LOG.error("Failed to handle a {} request in session {}", request.platform(), session.asString(), e);
            return trouble(request, TROUBLE);
        }
    }

    @Override
    public void delivered(ChatRequest request) {
        if (request.updateId().isEmpty()) {
            return;
        }
        try {
            // One statement, atomic by itself: outside a transaction it commits on its own, without the round trip
            // an explicit BEGIN/COMMIT around it would add to every update.
            services.storage().updates().delivered(request.platform(), request.updateId().get());
        } catch (RuntimeException e) {
            // The replies did arrive; the worst outcome is sending them again if the update is redelivered.
            LOG.warn("Could not mark {} update {} delivered: {}", request.platform(), request.updateId().get(),
                    e.getMessage());
        }
    }

    /**
     * An update seen before: skipped once its replies were delivered; taken over when the instance that held them did
     * not confirm them in time (it died); otherwise still being delivered elsewhere.
     */
    private List<Reply> redelivered(String platform, String id, Instant now) {
        UpdateLogPort updates = services.storage().updates();
        Optional<HeldReplies> held = updates.held(platform, id);
        if (held.isEmpty()) {
            LOG.debug("Skipping redelivered {} update {}", platform, id);
            return List.of();
        }
        if (updates.takeOver(platform, id, now, now.plus(DELIVERY_LEASE))) {
            LOG.info("Sending the replies to {} update {} that another instance did not confirm", platform, id);
            return held.get().replies();
        }
        throw new UpdateInProgress(id);
    }

    /**
     * Whether a request is for this bot at all. In groups people talk to each other, so the bot answers commands
     * only; a command addressed to another bot ({@code /ask@OtherBot}) is that bot's; blank text asks nothing.
     */
    private static boolean forUs(ChatRequest request) {
        if (!(request.input() instanceof Input.Text(String text))) {
            return true;
        }
        String trimmed = text.strip();
        Optional<CommandLine> line = CommandLine.parse(trimmed);
        if (line.isPresent()) {
            return line.get().addressedTo(request.botName(), request.chatKind());
        }
        return request.chatKind() == ChatKind.PRIVATE && !trimmed.isEmpty();
    }

    private static List<Reply> trouble(ChatRequest request, String message) {
        return request.input() instanceof Input.Press
                ? List.of(new Reply.Notice(message))
                : List.of(Reply.text(message));
    }

    private List<Reply> route(CommandContext context) {
        return switch (context.request().input()) {
            case Input.Text text -> onText(context, text.text());
            case Input.Press press -> onPress(context, press.data());
            case Input.Invocation invocation -> onInvocation(context, invocation);
        };
    }

    private List<Reply> onText(CommandContext context, String text) {
        String trimmed = text.strip();
        Optional<CommandLine> line = CommandLine.parse(trimmed);
        if (line.isPresent()) {
            Command command = commands.get(line.get().name());
            return command != null ? forWhom(command, context, command.onCommand(context, line.get().args()))
                    : unknownCommand(line.get().name(), context);
        }
        if (trimmed.startsWith("/")) {
            return unknownCommand(trimmed.length() > 33 ? trimmed.substring(1, 33) + "…" : trimmed.substring(1),
                    context);
        }
        // Only private chats get here (see forUs): what is typed there is an answer.
        SessionState state = context.state();
        return freeText.stream().filter(h -> h.accepts(state)).findFirst()
                .map(h -> h.onText(context, trimmed))
                .orElseGet(() -> List.of(Reply.text("Send /ask to get a question, or /help to see what I can do.")));
    }

    private List<Reply> onInvocation(CommandContext context, Input.Invocation invocation) {
        Command command = commands.get(invocation.command());
        return command != null ? forWhom(command, context, command.onOptions(context, invocation.options()))
                : unknownCommand(invocation.command(), context);
    }

    /** A personal command's replies in a group are for the person who asked (their stats are nobody else's). */
    private static List<Reply> forWhom(Command command, CommandContext context, List<Reply> replies) {
        if (!command.spec().personal() || context.request().chatKind() != ChatKind.GROUP) {
            return replies;
        }
        return replies.stream().map(r -> r instanceof Reply.Send send
                ? new Reply.Send(send.text(), send.buttons(), dev.mockingbird.core.chat.Audience.REQUESTER) : r)
                .toList();
    }

    private List<Reply> unknownCommand(String name, CommandContext context) {
        if (context.request().chatKind() == ChatKind.GROUP) {
            // Another bot's command, most likely: stay quiet in shared rooms.
            return List.of();
        }
        Optional<String> closest = commands.keySet().stream()
                .min(Comparator.comparingInt(c -> EditDistance.between(c, name.toLowerCase(Locale.ROOT))))
                .filter(c -> EditDistance.between(c, name.toLowerCase(Locale.ROOT)) <= 2);
        RichText.Builder text = RichText.builder()
                .paragraph(new Plain("I don't know the command "), new Code("/" + name), new Plain("."));
        closest.ifPresent(c -> text.paragraph(new Plain("Did you mean "), new Code("/" + c), new Plain("?")));
        text.text("Send /help to see everything I can do.");
        return List.of(Reply.send(text.build()));
    }

    private List<Reply> onPress(CommandContext context, String data) {
        if (data.equals(Button.TEXT_ENTRY_DATA)) {
            // An adapter that could not open a text box sent the press on: typing works everywhere else.
            return List.of(new Reply.Notice("Type your answer as a message; I grade it against the key points."));
        }
        Optional<ButtonData> decoded = ButtonData.decode(data);
        Command command = decoded.map(d -> commands.get(d.command())).orElse(null);
        if (decoded.isEmpty() || command == null) {
            return List.of(new Reply.Notice("This button is from an older version of me. Send /ask to go on."));
        }
        return command.onButton(context, decoded.get().args());
    }

    /** Handled update ids and claims are only needed for days; without this they would grow for ever. */
    private void tidy() {
        Instant now = services.clock().instant();
        Instant due = nextTidy.get();
        if (now.isBefore(due) || !nextTidy.compareAndSet(due, now.plus(TIDY_EVERY))) {
            return;
        }
        try {
            int updates = services.storage().updates().forgetUpdatesBefore(now.minus(KEEP_UPDATES));
            int claims = services.storage().claims().forgetClaimsBefore(now.minus(KEEP_CLAIMS));
            LOG.debug("Forgot {} handled update ids and {} claims", updates, claims);
        } catch (StorageException e) {
            LOG.warn("Could not clear old update ids and claims; trying again in {}: {}", TIDY_EVERY,
                    e.getMessage());
        }
    }

    @Override
    public void gone(String platform, String chatId, String reason) {
        try {
            services.storage().chats().markInactive(platform, chatId, reason, services.clock().instant());
            LOG.info("Marked {} chat {} gone: {}", platform, chatId, reason);
        } catch (StorageException e) {
            LOG.warn("Could not mark {} chat {} gone: {}", platform, chatId, e.getMessage());
        }
    }

    @Override
    public List<CommandSpec> commands() {
        return commands.values().stream().map(Command::spec).toList();
    }

    @Override
    public QuestionBank bank() {
        return services.bank();
    }

    @Override
    public List<Completion> complete(OptionSpec.Kind kind, String typed, int limit) {
        String lower = typed.toLowerCase(Locale.ROOT).strip();
        return switch (kind) {
            case TRACK -> services.bank().tracks().stream()
                    .filter(t -> !t.slug().isEmpty())
                    .filter(t -> lower.isEmpty() || t.slug().contains(lower)
                            || t.name().toLowerCase(Locale.ROOT).contains(lower)
                            || t.description().toLowerCase(Locale.ROOT).contains(lower))
                    .limit(limit)
                    .map(t -> new Completion(t.name().isBlank() ? t.slug() : t.name(), t.slug()))
                    .toList();
            case LEVEL -> java.util.Arrays.stream(dev.mockingbird.core.bank.Level.values())
                    .filter(l -> l.slug().startsWith(lower))
                    .limit(limit)
                    .map(l -> new Completion(l.slug(), l.slug()))
                    .toList();
            case TEXT, GROUP -> List.of();
        };
    }
}
