package dev.mockingbird.core.quiz;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
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
import dev.mockingbird.core.storage.QuizGame;
import dev.mockingbird.core.storage.QuizPort;
import dev.mockingbird.core.storage.QuizRound;
import dev.mockingbird.core.storage.QuizSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * {@code /quiz [track] [level] [rounds]}: a multiple-choice game for the whole chat. In a group it plays the chat's
 * default rounds ({@code /quizset}; 5 when unset) unless told otherwise: each round closes when its time is up or once everyone
 * playing has answered, shows who was right, and the next follows; the end posts the scoreboard and the winner.
 * {@code /quiz ... 1} plays a single round as before, which anyone may reveal. Everyone answers with one press (the
 * first press counts); in a private chat the answer is revealed at once. Typed {@code /quiz b}, {@code /quiz reveal}
 * and {@code /quiz stop} do the same as the buttons, for chats without them.
 */
public final class QuizCommand implements Command {

    private static final CommandSpec SPEC = new CommandSpec("quiz", "A multiple-choice game everyone in the chat "
            + "can play (/quiz sd 5, /quiz stop)", List.of(
                    new OptionSpec("track", "Track, e.g. databases (default: all)", OptionSpec.Kind.TRACK, false),
                    new OptionSpec("level", "junior, mid or senior (default: all)", OptionSpec.Kind.LEVEL, false),
                    new OptionSpec("rounds", "Rounds, 1 to " + QuizCommand.MAX_ROUNDS + " (default "
                            + QuizCommand.DEFAULT_ROUNDS + " in groups)", OptionSpec.Kind.TEXT, false)));
    /** How long a single round stays open unless someone reveals it sooner. */
    public static final java.time.Duration ROUND_TIME = java.time.Duration.ofSeconds(60);
    /** A group game's rounds when none are asked for and the chat set none. */
    static final int DEFAULT_ROUNDS = QuizSettings.DEFAULT_ROUNDS;
    static final int MAX_ROUNDS = QuizSettings.MAX_ROUNDS;
    private static final Set<String> REVEAL = Set.of("reveal", "end", "answer");
    private static final Set<String> STOP = Set.of("stop", "quit", "cancel");
    private static final java.util.regex.Pattern ROUNDS = java.util.regex.Pattern.compile("\\d{1,3}");

    private final QuestionBank bank;
    private final QuizPort rounds;
    private final TrackArgs trackArgs;
    private final QuizViews views;
    private final RoundStarter starter;
    private final GameFlow games;
    /** When each open round's message last showed a new count of answers, in this instance. */
    private final Cache<String, java.time.Instant> lastCountEdit = Caffeine.newBuilder()
            .expireAfterWrite(java.time.Duration.ofMinutes(10)).maximumSize(10_000).build();
    /** Telegram allows about one edit a second in a group; Discord's limits are looser. */
    private static final java.time.Duration COUNT_EDIT_EVERY = java.time.Duration.ofSeconds(1);

    /** The command over the bank, the rounds and the history it picks unseen questions from. */
    public QuizCommand(QuestionBank bank, QuizPort rounds, HistoryPort history, RandomGenerator random) {
        this.bank = bank;
        this.rounds = rounds;
        this.trackArgs = new TrackArgs(bank);
        this.views = new QuizViews(bank);
        this.starter = new RoundStarter(bank, rounds, new QuestionPicker(history, random), random);
        this.games = new GameFlow(rounds, views, starter);
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public List<Reply> onCommand(CommandContext context, String args) {
        String typed = args.strip().toLowerCase(Locale.ROOT);
        Optional<QuizGame> game = rounds.runningGame(context.session());
        if (STOP.contains(typed) && game.isPresent()) {
            return stop(context, game.get());
        }
        Optional<QuizRound> open = rounds.openRound(context.session());
        if (REVEAL.contains(typed) || STOP.contains(typed)) {
            if (game.isPresent()) {
                return List.of(Reply.text("Rounds of a game close by themselves. /quiz stop ends the game."));
            }
            return open.map(round -> reveal(context, round))
                    .orElseGet(() -> List.of(Reply.text("No quiz round is running. Start one with /quiz.")));
        }
        if (typed.length() == 1 && (open.isPresent() || !Character.isDigit(typed.charAt(0)))) {
            // A letter is an answer, never a track, even when no round is running.
            return open.map(round -> answerTyped(context, round, typed))
                    .orElseGet(() -> List.of(Reply.text("No quiz round is running. Start one with /quiz.")));
        }
        if (game.isPresent()) {
            return List.of(running(game.get()));
        }
        List<String> words = new ArrayList<>(List.of(args.strip().split("\\s+")));
        words.removeIf(String::isEmpty);
        Optional<String> wanted = !words.isEmpty() && ROUNDS.matcher(words.getLast()).matches()
                ? Optional.of(words.removeLast()) : Optional.empty();
        return start(context, trackArgs.parse(String.join(" ", words)), wanted);
    }

    /** Discord's slash options, read by name: a track of several words is never taken for a level or an answer. */
    @Override
    public List<Reply> onOptions(CommandContext context, Map<String, String> options) {
        Optional<QuizGame> game = rounds.runningGame(context.session());
        if (game.isPresent()) {
            return List.of(running(game.get()));
        }
        return start(context, trackArgs.parse(Optional.ofNullable(options.get("track")),
                Optional.ofNullable(options.get("level"))), Optional.ofNullable(options.get("rounds")));
    }

    private List<Reply> start(CommandContext context, TrackArgs.Parsed parsed, Optional<String> wanted) {
        Optional<Reply> problem = trackArgs.problem(parsed);
        if (problem.isPresent()) {
            return List.of(problem.get());
        }
        QuizSettings settings = rounds.settings(context.session()).orElseGet(() -> QuizSettings.defaults(
                context.session()));
        int count = context.inGroup() ? settings.rounds() : 1;
        if (wanted.isPresent()) {
            String w = wanted.get().strip();
            if (!ROUNDS.matcher(w).matches() || Integer.parseInt(w) < 1 || Integer.parseInt(w) > MAX_ROUNDS) {
                return List.of(Reply.text("A game has 1 to " + MAX_ROUNDS + " rounds, e.g. /quiz system-design 5."));
            }
            count = Integer.parseInt(w);
        }
        // Nothing named: the chat's own defaults, if its admins set them.
        boolean named = parsed.track().isPresent() || parsed.level().isPresent();
        Optional<Track> track = named ? parsed.track() : settings.track().flatMap(trackArgs::bySlug);
        Optional<Level> level = named ? parsed.level() : settings.level().flatMap(Level::parse);
        if (count == 1) {
            return start(context, track, level);
        }
        return startGame(context, track, level, count, settings.seconds());
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

    private Reply running(QuizGame game) {
        int left = game.rounds() - game.played();
        return Reply.text("A quiz game is running here: round " + game.played() + " of " + game.rounds()
                + (left > 0 ? ", " + left + (left == 1 ? " round" : " rounds") + " to go" : ", the last") + ". "
                + "Its starter or an admin can end it with /quiz stop.");
    }

    private List<Reply> stop(CommandContext context, QuizGame game) {
        if (!game.starter().equals(context.person().id()) && !context.mayManage()) {
            return context.note("Only whoever started this game, or an admin, can stop it.");
        }
        return games.stop(game, context.now());
    }

    private List<Reply> startGame(CommandContext context, Optional<Track> track, Optional<Level> level, int count,
                                  int seconds) {
        List<Reply> replies = new ArrayList<>();
        Optional<String> previous = closeSingleRound(context, replies);
        QuizGame game = new QuizGame(starter.newId(), context.session(), context.person().id(),
                track.map(Track::slug), level.map(Level::slug), count, seconds, 0, context.now(),
                Optional.empty(), Optional.empty());
        rounds.startGame(game);
        Optional<RoundStarter.Started> first = starter.start(context.session(), game.track(), level, context.now(),
                Optional.of(context.now().plus(game.roundTime())), previous, context.inGroup(), Optional.of(game));
        if (first.isEmpty()) {
            rounds.endGame(game.id(), context.now());
            replies.add(noQuestions(track, level));
            return replies;
        }
        replies.add(Reply.text("A " + count + "-round quiz game starts now: " + seconds + " s a round, "
                + "1 point for a right answer plus up to 0.5 for speed."));
        replies.add(first.get().message());
        return replies;
    }

    private List<Reply> start(CommandContext context, Optional<Track> track, Optional<Level> level) {
        List<Reply> replies = new ArrayList<>();
        Optional<String> previous = closeSingleRound(context, replies);
        // A group round closes by itself, so it ends even if nobody presses Reveal; alone, the answer ends it.
        Optional<java.time.Instant> closesAt = context.inGroup()
                ? Optional.of(context.now().plus(ROUND_TIME)) : Optional.empty();
        Optional<RoundStarter.Started> started = starter.start(context.session(), track.map(Track::slug), level,
                context.now(), closesAt, previous, context.inGroup(), Optional.empty());
        replies.add(started.map(RoundStarter.Started::message).orElseGet(() -> noQuestions(track, level)));
        return replies;
    }

    /** A new round closes the running single one, so its players still see how they did; its question, if any. */
    private Optional<String> closeSingleRound(CommandContext context, List<Reply> replies) {
        Optional<QuizRound> open = rounds.openRound(context.session());
        if (open.isEmpty()) {
            return Optional.empty();
        }
        if (rounds.endRound(open.get().id(), context.now())) {
            replies.add(Reply.send(resultText(open.get())));
        }
        return Optional.of(open.get().questionId());
    }

    private static Reply noQuestions(Optional<Track> track, Optional<Level> level) {
        return Reply.text("There are no quiz questions " + track.map(t -> "in " + t.name() + " ").orElse("")
                + level.map(l -> "at " + l.slug() + " level ").orElse("") + "yet. Try /quiz on its own.");
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
        Optional<QuizGame> game = games.runningGameOf(round);
        if (first && game.isPresent()) {
            // Alone, or the last of the game's players to answer: no one to wait for.
            if ((!context.inGroup() || games.everyoneAnswered(game.get(), round))
                    && rounds.endRound(round.id(), context.now())) {
                return shown(context, games.closed(game.get(), round, context.now()), List.of());
            }
            return withCount(context, question.get(), quiz, round, game,
                    context.note("Locked in: " + order.letter(choice) + "."));
        }
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
        return withCount(context, question.get(), quiz, round, Optional.empty(),
                context.note("Got it: " + order.letter(choice) + ". Reveal shows who was right."));
    }

    /**
     * A press's private acknowledgement, after an edit of the round's message to show how many have answered: at most
     * once a second per round (per instance), so a busy group stays within the platforms' edit limits.
     */
    private List<Reply> withCount(CommandContext context, Question question, Quiz quiz, QuizRound round,
                                  Optional<QuizGame> game, List<Reply> acknowledged) {
        if (!(context.request().input() instanceof Input.Press) || !context.inGroup()) {
            return acknowledged;
        }
        java.time.Instant now = context.now();
        java.time.Instant last = lastCountEdit.asMap().putIfAbsent(round.id(), now);
        if (last != null) {
            if (java.time.Duration.between(last, now).compareTo(COUNT_EDIT_EVERY) < 0
                    || !lastCountEdit.asMap().replace(round.id(), last, now)) {
                return acknowledged;
            }
        }
        int answered = rounds.answers(round.id()).size();
        RichText shown = views.round(question, quiz, round, true, game.map(g -> new QuizViews.Position(g.played(),
                g.rounds(), g.seconds())), answered);
        List<Reply> replies = new ArrayList<>();
        replies.add(new Reply.Edit(shown, views.roundButtons(round, quiz, game.isEmpty())));
        replies.addAll(acknowledged);
        return replies;
    }

    private List<Reply> reveal(CommandContext context, QuizRound round) {
        if (games.runningGameOf(round).isPresent()) {
            return context.note("Rounds of a game close by themselves. /quiz stop ends the game.");
        }
        if (!rounds.endRound(round.id(), context.now())) {
            return context.note("That round has been revealed already.");
        }
        return shown(context, resultText(round), QuizViews.afterButtons(round));
    }

    /** A press replaces the round's message with its result; a typed answer or reveal posts it. */
    private static List<Reply> shown(CommandContext context, RichText text,
                                     List<dev.mockingbird.core.chat.Button> buttons) {
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

}
