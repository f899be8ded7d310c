package dev.mockingbird.core.interview;

import dev.mockingbird.core.ask.QuestionPicker;
import dev.mockingbird.core.bank.Level;
import dev.mockingbird.core.bank.Question;
import dev.mockingbird.core.bank.Track;
import dev.mockingbird.core.chat.Input;
import dev.mockingbird.core.chat.Reply;
import dev.mockingbird.core.chat.RichText;
import dev.mockingbird.core.command.Command;
import dev.mockingbird.core.command.CommandContext;
import dev.mockingbird.core.command.CommandSpec;
import dev.mockingbird.core.command.OptionSpec;
import dev.mockingbird.core.command.Services;
import dev.mockingbird.core.command.TrackArgs;
import dev.mockingbird.core.session.SessionState;
import dev.mockingbird.core.storage.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * {@code /interview [track] [level]}: a mock interview of {@value #LENGTH} questions in a private chat. The person
 * answers each in their own words; key points are counted quietly and the feedback comes at the end, as in a real
 * interview. {@code /interview next} and {@code /interview end} do what the buttons do.
 */
public final class InterviewCommand implements Command {

    /** Questions in one interview: about half an hour when each gets a real answer. */
    static final int LENGTH = 5;
    private static final CommandSpec SPEC = new CommandSpec("interview", "A mock interview: " + LENGTH
            + " questions, feedback at the end", List.of(
                    new OptionSpec("track", "Track (default: yours, or all)", OptionSpec.Kind.TRACK, false),
                    new OptionSpec("level", "junior, mid or senior (default: yours)", OptionSpec.Kind.LEVEL,
                            false)));

    private final Services services;
    private final TrackArgs trackArgs;
    private final QuestionPicker picker;
    private final InterviewViews views;

    /** The command over the shared services. */
    public InterviewCommand(Services services) {
        this.services = services;
        this.trackArgs = new TrackArgs(services.bank());
        this.picker = new QuestionPicker(services.storage().history(), services.random());
        this.views = new InterviewViews(services.bank());
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
        TrackArgs.Parsed parsed = trackArgs.parse(args);
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
            boolean current = services.bank().byCode(args.get(1))
                    .map(q -> q.id().equals(interview.current())).orElse(false);
            return current ? next(context, interview)
                    : List.of(new Reply.Notice("You have moved on from that question already."));
        }
        if (args.size() == 2 && args.getFirst().equals("end")) {
            // Only a button from this interview ends it; one under an older interview's question does not.
            boolean ours = services.bank().byCode(args.get(1))
                    .map(q -> interview.questionIds().contains(q.id())).orElse(false);
            return ours ? finish(context, interview)
                    : List.of(new Reply.Notice("That button belongs to an earlier interview."));
        }
        return List.of(new Reply.Notice("That button is out of date. Send /interview."));
    }

    private List<Reply> start(CommandContext context, Optional<Track> track, Level level) {
        List<Question> pool = new ArrayList<>(services.bank().pool(track, level));
        List<String> picked = new ArrayList<>();
        while (picked.size() < LENGTH) {
            Optional<Question> q = picker.pick(context.session(), pool);
            if (q.isEmpty()) {
                break;
            }
            picked.add(q.get().id());
            pool.remove(q.get());
        }
        if (picked.isEmpty()) {
            return List.of(Reply.text("There are no " + level.slug() + " questions"
                    + track.map(t -> " in " + t.name()).orElse("") + " yet. Try another level or /tracks."));
        }
        SessionState.Interviewing interview = new SessionState.Interviewing(picked, 0, List.of(), Set.of(),
                track.map(Track::slug), level, context.now(), context.now());
        return ask(context, interview);
    }

    private List<Reply> ask(CommandContext context, SessionState.Interviewing interview) {
        Question q = services.bank().byId(interview.current()).orElseThrow();
        services.storage().history().recordAsked(context.session(), q.id(), context.now());
        context.state(interview);
        return List.of(Reply.send(views.question(interview, q), InterviewViews.questionButtons(interview, q)));
    }

    private List<Reply> next(CommandContext context, SessionState.Interviewing interview) {
        record(context, interview);
        if (interview.last()) {
            return report(context, interview, interview.questionIds().size());
        }
        SessionState.Interviewing moved = interview.next(context.now());
        // A question removed from the bank since the interview began is passed over.
        while (services.bank().byId(moved.current()).isEmpty()) {
            if (moved.last()) {
                return report(context, moved, moved.questionIds().size() - 1);
            }
            moved = moved.next(context.now());
        }
        return ask(context, moved);
    }

    private List<Reply> finish(CommandContext context, SessionState.Interviewing interview) {
        record(context, interview);
        return report(context, interview, interview.index() + 1);
    }

    /** The current question's outcome, so history and later practice know how it went. */
    private void record(CommandContext context, SessionState.Interviewing interview) {
        services.bank().byId(interview.current()).ifPresent(q -> services.storage().history().recordOutcome(
                context.session(), q.id(), interview.covered().isEmpty() ? Outcome.SKIPPED : Outcome.ANSWERED,
                OptionalInt.of(InterviewViews.score(q, interview.covered())), context.now()));
    }

    private List<Reply> report(CommandContext context, SessionState.Interviewing interview, int asked) {
        List<Optional<Question>> questions = interview.questionIds().stream().map(services.bank()::byId).toList();
        RichText text = views.report(interview, questions, asked);
        context.state(new SessionState.Idle(context.now()));
        return List.of(context.request().input() instanceof Input.Press
                ? new Reply.Edit(text, InterviewViews.reportButtons(interview))
                : Reply.send(text, InterviewViews.reportButtons(interview)));
    }
}
