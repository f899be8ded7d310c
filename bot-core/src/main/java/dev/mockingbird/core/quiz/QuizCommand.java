package dev.mockingbird.core.quiz;

import dev.mockingbird.core.ask.QuestionPicker;
import dev.mockingbird.core.bank.Level;
import dev.mockingbird.core.bank.Question;
import dev.mockingbird.core.bank.QuestionBank;
import dev.mockingbird.core.bank.Quiz;
import dev.mockingbird.core.bank.Track;
import dev.mockingbird.core.chat.Input;
import dev.mockingbird.core.chat.Reply;
import dev.mockingbird.core.chat.RichText;
import dev.mockingbird.core.command.Command;
import dev.mockingbird.core.command.CommandContext;
import dev.mockingbird.core.command.CommandSpec;
import dev.mockingbird.core.command.OptionSpec;
import dev.mockingbird.core.command.TrackArgs;
import dev.mockingbird.core.storage.HistoryPort;
import dev.mockingbird.core.storage.QuizAnswer;
import dev.mockingbird.core.storage.QuizPort;
import dev.mockingbird.core.storage.QuizRound;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * {@code /quiz [track] [level]}: a multiple-choice round for the whole chat. Everyone answers with one press (the
 * first press counts), anyone reveals, and the reveal names who got it right. In a private chat the answer is revealed
 * at once. Typed {@code /quiz b} and {@code /quiz reveal} do the same as the buttons, for chats without them.
 */
public final class QuizCommand implements Command {

    private static final CommandSpec SPEC = new CommandSpec("quiz", "A multiple-choice round everyone in the chat "
            + "can answer", List.of(
                    new OptionSpec("track", "Track, e.g. databases (default: all)", OptionSpec.Kind.TRACK, false),
                    new OptionSpec("level", "junior, mid or senior (default: all)", OptionSpec.Kind.LEVEL, false)));
    /** How long a group round stays open unless someone reveals it sooner. */
    public static final java.time.Duration ROUND_TIME = java.time.Duration.ofSeconds(60);
    private static final Set<String> REVEAL = Set.of("reveal", "end", "stop", "answer");
    /** Round ids: 8 base-36 characters, short enough for any button and unique enough per chat. */
    private static final long ID_SPACE = 2_821_109_907_456L; // 36^8

    private final QuestionBank bank;
    private final RandomGenerator random;
    private final QuizPort rounds;
    private final TrackArgs trackArgs;
    private final QuestionPicker picker;
    private final QuizViews views;

    /** The command over the bank, the rounds and the history it picks unseen questions from. */
    public QuizCommand(QuestionBank bank, QuizPort rounds, HistoryPort history, RandomGenerator random) {
        this.bank = bank;
        this.random = random;
        this.rounds = rounds;
        this.trackArgs = new TrackArgs(bank);
        this.picker = new QuestionPicker(history, random);
        this.views = new QuizViews(bank);
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public List<Reply> onCommand(CommandContext context, String args) {
        String typed = args.strip().toLowerCase(Locale.ROOT);
        Optional<QuizRound> open = rounds.openRound(context.session());
        if (REVEAL.contains(typed)) {
            return open.map(round -> reveal(context, round))
                    .orElseGet(() -> List.of(Reply.text("No quiz round is running. Start one with /quiz.")));
        }
        if (typed.length() == 1) {
            // A letter is an answer, never a track, even when no round is running.
            return open.map(round -> answerTyped(context, round, typed))
                    .orElseGet(() -> List.of(Reply.text("No quiz round is running. Start one with /quiz.")));
        }
        return start(context, trackArgs.parse(args));
    }

    /** Discord's slash options, read by name: a track of several words is never taken for a level or an answer. */
    @Override
    public List<Reply> onOptions(CommandContext context, Map<String, String> options) {
        return start(context, trackArgs.parse(Optional.ofNullable(options.get("track")),
                Optional.ofNullable(options.get("level"))));
    }

    private List<Reply> start(CommandContext context, TrackArgs.Parsed parsed) {
        Optional<Reply> problem = trackArgs.problem(parsed);
        if (problem.isPresent()) {
            return List.of(problem.get());
        }
        return start(context, parsed.track(), parsed.level());
    }

    @Override
    public List<Reply> onButton(CommandContext context, List<String> args) {
        if (args.size() == 3 && args.getFirst().equals("new")) {
            if (rounds.openRound(context.session()).isPresent()) {
                // Several people press Next quiz under one result: the first starts a round, the rest join it.
                return List.of(new Reply.Notice("A new round is already running: answer it above."));
            }
            Optional<Track> track = args.get(1).equals("-") ? Optional.empty() : trackArgs.bySlug(args.get(1));
            Optional<Level> level = args.get(2).equals("-") ? Optional.empty() : Level.parse(args.get(2));
            return start(context, track, level);
        }
        if (args.size() != 2) {
            return List.of(new Reply.Notice("That quiz button is out of date. Send /quiz for a new round."));
        }
        Optional<QuizRound> round = rounds.round(args.getFirst())
                .filter(r -> r.chat().equals(context.session()));
        if (round.isEmpty()) {
            return List.of(new Reply.Notice("That quiz round is gone. Send /quiz for a new one."));
        }
        if (args.get(1).equals("end")) {
            return reveal(context, round.get());
        }
        return answer(context, round.get(), args.get(1));
    }

    private List<Reply> start(CommandContext context, Optional<Track> track, Optional<Level> level) {
        List<Reply> replies = new ArrayList<>();
        Optional<String> previous = Optional.empty();
        Optional<QuizRound> open = rounds.openRound(context.session());
        if (open.isPresent()) {
            // A new round closes the running one, so its players still see how they did.
            previous = Optional.of(open.get().questionId());
            if (rounds.endRound(open.get().id(), context.now())) {
                replies.add(Reply.send(resultText(open.get())));
            }
        }
        List<Question> pool = bank.questions().stream()
                .filter(q -> q.quiz().isPresent())
                .filter(q -> track.map(t -> t.slug().equals(q.track())).orElse(true))
                .filter(q -> level.map(l -> l == q.level()).orElse(true))
                .toList();
        Optional<String> last = previous;
        Optional<Question> picked = picker.pick(pool, rounds.roundCounts(context.session()), () -> last);
        if (picked.isEmpty()) {
            replies.add(Reply.text("There are no quiz questions " + track.map(t -> "in " + t.name() + " ").orElse("")
                    + level.map(l -> "at " + l.slug() + " level ").orElse("") + "yet. Try /quiz on its own."));
            return replies;
        }
        Question question = picked.get();
        Quiz quiz = question.quiz().orElseThrow();
        // A group round closes by itself, so it ends even if nobody presses Reveal; alone, the answer ends it.
        Optional<java.time.Instant> closesAt = context.inGroup()
                ? Optional.of(context.now().plus(ROUND_TIME)) : Optional.empty();
        QuizRound round = new QuizRound(newId(), context.session(), question.id(), quiz.answer(),
                track.map(Track::slug), level.map(Level::slug), context.now(), closesAt, Optional.empty());
        rounds.startRound(round);
        replies.add(Reply.send(views.round(question, quiz, round, context.inGroup()), views.roundButtons(round, quiz)));
        return replies;
    }

    /** A typed answer: a letter, or the option's number as people count (1 is A), both as this round shows them. */
    private List<Reply> answerTyped(CommandContext context, QuizRound round, String typed) {
        Optional<Quiz> quiz = bank.byId(round.questionId()).flatMap(Question::quiz);
        String choice = quiz.map(q -> OptionOrder.of(round, q.options().size()).typed(typed))
                .filter(java.util.OptionalInt::isPresent).map(o -> Integer.toString(o.getAsInt())).orElse("-");
        return answer(context, round, choice);
    }

    /** An answer as a button carries it: the pack's index of the option, whatever letter it was shown under. */
    private List<Reply> answer(CommandContext context, QuizRound round, String option) {
        Optional<Question> question = bank.byId(round.questionId());
        if (question.isEmpty() || question.get().quiz().isEmpty()) {
            return context.note("That quiz question is no longer in the bank. Send /quiz for a new round.");
        }
        Quiz quiz = question.get().quiz().get();
        OptionOrder order = OptionOrder.of(round, quiz.options().size());
        int choice = option.matches("\\d") ? Integer.parseInt(option) : -1;
        if (choice < 0 || choice >= quiz.options().size()) {
            return context.note("Pick one of " + String.join(", ", letters(quiz)) + ".");
        }
        if (!round.open()) {
            return context.note("This round is over: the answer was " + order.letter(round.correct()) + ".");
        }
        boolean first = rounds.answer(round.id(), new QuizAnswer(context.person(), context.request().displayName(),
                choice, context.now()));
        if (!context.inGroup()) {
            // Playing alone: no one to wait for.
            return reveal(context, round);
        }
        if (!first && rounds.round(round.id()).map(r -> !r.open()).orElse(true)) {
            return context.note("This round is over: the answer was " + order.letter(round.correct()) + ".");
        }
        if (!first) {
            int kept = rounds.answers(round.id()).stream().filter(a -> a.person().equals(context.person()))
                    .map(QuizAnswer::choice).findFirst().orElse(choice);
            return context.note("You answered " + order.letter(kept) + " already; first answers count.");
        }
        return context.note("Got it: " + order.letter(choice) + ". Reveal shows who was right.");
    }

    private List<Reply> reveal(CommandContext context, QuizRound round) {
        if (!rounds.endRound(round.id(), context.now())) {
            return context.note("That round has been revealed already.");
        }
        RichText text = resultText(round);
        List<dev.mockingbird.core.chat.Button> buttons = QuizViews.afterButtons(round);
        // A press replaces the round's message with its result; a typed reveal posts it.
        return List.of(context.request().input() instanceof Input.Press
                ? new Reply.Edit(text, buttons)
                : Reply.send(text, buttons));
    }

    private RichText resultText(QuizRound round) {
        return views.result(round, rounds.answers(round.id()));
    }


    private static List<String> letters(Quiz quiz) {
        List<String> letters = new ArrayList<>();
        for (int i = 0; i < quiz.options().size(); i++) {
            letters.add(OptionOrder.letterAt(i));
        }
        return letters;
    }

    private String newId() {
        String id = Long.toString(Math.floorMod(random.nextLong(), ID_SPACE), 36);
        return "0".repeat(8 - id.length()) + id;
    }
}
