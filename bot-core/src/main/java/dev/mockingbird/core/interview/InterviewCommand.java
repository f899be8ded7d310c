package dev.mockingbird.core.interview;

import dev.mockingbird.core.ask.QuestionPicker;
import dev.mockingbird.core.bank.Level;
import dev.mockingbird.core.bank.Question;
import dev.mockingbird.core.bank.QuestionBank;
import dev.mockingbird.core.bank.Track;
import dev.mockingbird.core.chat.Input;
import dev.mockingbird.core.chat.Reply;
import dev.mockingbird.core.chat.RichText;
import dev.mockingbird.core.command.Command;
import dev.mockingbird.core.command.CommandContext;
import dev.mockingbird.core.command.CommandSpec;
import dev.mockingbird.core.command.OptionSpec;
import dev.mockingbird.core.command.TrackArgs;
import dev.mockingbird.core.session.SessionState;
import dev.mockingbird.core.storage.HistoryPort;
import dev.mockingbird.core.storage.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * {@code /interview [track] [level]}: a mock interview of {@value #LENGTH} questions in a private chat. The person
 * answers each in their own words; key points are counted quietly and the feedback comes at the end, as in a real
 * interview. As a real interviewer would, it asks one follow-up when an answer misses the question's most important
 * point, and picks the next question a level up after a strong answer and a level down after a weak one.
 * {@code /interview next} and {@code /interview end} do what the buttons do.
 */
public final class InterviewCommand implements Command {

    /** Questions in one interview: about half an hour when each gets a real answer. */
    static final int LENGTH = 5;
    private static final CommandSpec SPEC = new CommandSpec("interview", "A mock interview: " + LENGTH
            + " questions, feedback at the end", List.of(
                    new OptionSpec("track", "Track (default: yours, or all)", OptionSpec.Kind.TRACK, false),
                    new OptionSpec("level", "junior, mid or senior (default: yours)", OptionSpec.Kind.LEVEL,
                            false)));

    private final QuestionBank bank;
    private final HistoryPort history;
    private final TrackArgs trackArgs;
    private final QuestionPicker picker;
    private final InterviewViews views;

    /** The command over the bank it picks from, the history it records in, and the randomness of its picks. */
    public InterviewCommand(QuestionBank bank, HistoryPort history, RandomGenerator random) {
        this.bank = bank;
        this.history = history;
        this.trackArgs = new TrackArgs(bank);
        this.picker = new QuestionPicker(history, random);
        this.views = new InterviewViews(bank);
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public List<Reply> onCommand(CommandContext context, String args) {
        if (context.inGroup()) {
            return List.of(Reply.text("Mock interviews run in a private chat with me, so your answers stay yours. "
                    + "Message me directly and send /interview there."));
        }
        String typed = args.strip().toLowerCase(Locale.ROOT);
        if (typed.equals("next") || typed.equals("end") || typed.equals("stop")) {
            if (!(context.state() instanceof SessionState.Interviewing interview)) {
                return List.of(Reply.text("No interview is running. Start one with /interview."));
            }
            return typed.equals("next") ? next(context, interview) : finish(context, interview);
        }
        return start(context, trackArgs.parse(args));
    }

    /** Discord's slash options, read by name: a track name of several words is never taken for a level. */
    @Override
    public List<Reply> onOptions(CommandContext context, Map<String, String> options) {
        if (context.inGroup()) {
            return onCommand(context, "");
        }
        return start(context, trackArgs.parse(Optional.ofNullable(options.get("track")),
                Optional.ofNullable(options.get("level"))));
    }

    private List<Reply> start(CommandContext context, TrackArgs.Parsed parsed) {
        Optional<Reply> problem = trackArgs.problem(parsed);
        if (problem.isPresent()) {
            return List.of(problem.get());
        }
        Optional<Track> track = parsed.track().or(() -> context.profile().track().flatMap(trackArgs::bySlug));
        return start(context, track, parsed.level().orElse(context.profile().level()));
    }

    @Override
    public List<Reply> onButton(CommandContext context, List<String> args) {
        if (args.size() == 3 && args.getFirst().equals("again")) {
            if (context.state() instanceof SessionState.Interviewing) {
                return List.of(new Reply.Notice("An interview is running already: finish it first (/interview end)."));
            }
            Optional<Track> track = args.get(1).equals("-") ? Optional.empty() : trackArgs.bySlug(args.get(1));
            return start(context, track, Level.parse(args.get(2)).orElse(context.profile().level()));
        }
        if (!(context.state() instanceof SessionState.Interviewing interview)) {
            return List.of(new Reply.Notice("That interview is over. Send /interview for a new one."));
        }
        if (args.size() == 2 && args.getFirst().equals("next")) {
            // The button names its question, so a double press does not skip the next one.
            boolean current = bank.byCode(args.get(1))
                    .map(q -> q.id().equals(interview.current())).orElse(false);
            return current ? next(context, interview)
                    : List.of(new Reply.Notice("You have moved on from that question already."));
        }
        if (args.size() == 2 && args.getFirst().equals("end")) {
            // Only a button from this interview ends it; one under an older interview's question does not.
            boolean ours = bank.byCode(args.get(1))
                    .map(q -> interview.questionIds().contains(q.id())).orElse(false);
            return ours ? finish(context, interview)
                    : List.of(new Reply.Notice("That button belongs to an earlier interview."));
        }
        return List.of(new Reply.Notice("That button is out of date. Send /interview."));
    }

    private List<Reply> start(CommandContext context, Optional<Track> track, Level level) {
        Optional<Question> first = pick(context, track, level, List.of());
        if (first.isEmpty()) {
            return List.of(Reply.text("There are no " + level.slug() + " questions"
                    + track.map(t -> " in " + t.name()).orElse("") + " yet. Try another level or /tracks."));
        }
        // A small track gives a shorter interview rather than repeating questions.
        int available = 0;
        for (Level any : Level.values()) {
            available += bank.pool(track, any).size();
        }
        return ask(context, SessionState.Interviewing.start(first.get().id(), Math.min(LENGTH, available),
                track.map(Track::slug), level, context.now()), first.get());
    }

    /** A question the person has not seen in this interview: at this level if there is one, else at any level. */
    private Optional<Question> pick(CommandContext context, Optional<Track> track, Level level, List<String> asked) {
        List<Question> pool = new ArrayList<>(bank.pool(track, level));
        pool.removeIf(q -> asked.contains(q.id()));
        for (Level other : Level.values()) {
            if (pool.isEmpty() && other != level) {
                bank.pool(track, other).stream().filter(q -> !asked.contains(q.id())).forEach(pool::add);
            }
        }
        return picker.pick(context.session(), pool);
    }

    private List<Reply> ask(CommandContext context, SessionState.Interviewing interview, Question q) {
        history.recordAsked(context.session(), q.id(), context.now());
        context.state(interview);
        return List.of(Reply.send(views.question(interview, q), InterviewViews.questionButtons(interview, q)));
    }

    private List<Reply> next(CommandContext context, SessionState.Interviewing interview) {
        Optional<Question> current = bank.byId(interview.current());
        if (current.isPresent()) {
            Optional<SessionState.FollowUp> followUp = Adaptation.followUp(current.get(), interview.answering());
            if (followUp.isPresent()) {
                SessionState.Interviewing probing = interview.followUp(followUp.get(), context.now());
                context.state(probing);
                return List.of(Reply.send(InterviewViews.followUp(followUp.get()),
                        InterviewViews.questionButtons(probing, current.get())));
            }
        }
        record(context, interview);
        if (interview.last()) {
            return report(context, interview);
        }
        // Strong answers raise the level of the next question, weak ones lower it, as a real interviewer would.
        Level level = current.map(q -> Adaptation.nextLevel(q.level(),
                InterviewViews.score(q, interview.answering()))).orElse(interview.level());
        Optional<Question> following = pick(context, interview.track().flatMap(trackArgs::bySlug), level,
                interview.questionIds());
        if (following.isEmpty()) {
            return report(context, interview);
        }
        return ask(context, interview.next(following.get().id(), context.now()), following.get());
    }

    private List<Reply> finish(CommandContext context, SessionState.Interviewing interview) {
        record(context, interview);
        return report(context, interview);
    }

    /** The current question's outcome, so history and later practice know how it went. */
    private void record(CommandContext context, SessionState.Interviewing interview) {
        bank.byId(interview.current()).ifPresent(q -> history.recordOutcome(
                context.session(), q.id(), interview.answering().answered() ? Outcome.ANSWERED : Outcome.SKIPPED,
                OptionalInt.of(InterviewViews.score(q, interview.answering())), context.now()));
    }

    private List<Reply> report(CommandContext context, SessionState.Interviewing interview) {
        List<Optional<Question>> questions = interview.questionIds().stream().map(bank::byId).toList();
        RichText text = views.report(interview, questions);
        context.state(new SessionState.Idle(context.now()));
        return List.of(context.request().input() instanceof Input.Press
                ? new Reply.Edit(text, InterviewViews.reportButtons(interview))
                : Reply.send(text, InterviewViews.reportButtons(interview)));
    }
}
