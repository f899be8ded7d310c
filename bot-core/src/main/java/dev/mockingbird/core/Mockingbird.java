package dev.mockingbird.core;

import dev.mockingbird.core.access.Access;
import dev.mockingbird.core.access.ChatAdminsPort;
import dev.mockingbird.core.ask.AnswerCommand;
import dev.mockingbird.core.ask.AskCommand;
import dev.mockingbird.core.ask.AskUseCase;
import dev.mockingbird.core.ask.HintCommand;
import dev.mockingbird.core.ask.NextCommand;
import dev.mockingbird.core.ask.RateCommand;
import dev.mockingbird.core.ask.ReviewCommand;
import dev.mockingbird.core.ask.OwnAnswer;
import dev.mockingbird.core.ask.SkipCommand;
import dev.mockingbird.core.bank.QuestionBank;
import dev.mockingbird.core.command.Command;
import dev.mockingbird.core.command.Services;
import dev.mockingbird.core.grading.Grader;
import dev.mockingbird.core.daily.DailyCommand;
import dev.mockingbird.core.daily.DailyPosts;
import dev.mockingbird.core.daily.TeamAnswering;
import dev.mockingbird.core.command.FreeTextHandler;
import dev.mockingbird.core.help.HelpCommand;
import dev.mockingbird.core.interview.InterviewAnswers;
import dev.mockingbird.core.interview.InterviewGuard;
import dev.mockingbird.core.interview.InterviewCommand;
import dev.mockingbird.core.help.LevelsCommand;
import dev.mockingbird.core.help.StartCommand;
import dev.mockingbird.core.help.TracksCommand;
import dev.mockingbird.core.profile.ForgetCommand;
import dev.mockingbird.core.profile.LevelCommand;
import dev.mockingbird.core.profile.StatsCommand;
import dev.mockingbird.core.profile.TrackCommand;
import dev.mockingbird.core.quiz.QuizCommand;
import dev.mockingbird.core.quiz.QuizSetCommand;
import dev.mockingbird.core.quiz.QuizTimer;
import dev.mockingbird.core.quiz.ScoresCommand;
import dev.mockingbird.core.session.Sessions;
import dev.mockingbird.core.storage.Storage;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Builds the engine: the shared services once, then every command in one list. The one place that knows all
 * features.
 */
public final class Mockingbird {

    /** Sessions idle longer than this start afresh. */
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofHours(24);
    /** Sessions kept in memory at most; the rest are read back from the store when needed. */
    public static final long DEFAULT_MAX_SESSIONS = 100_000;

    private final QuestionBank bank;
    private Storage storage = Storage.inMemory();
    private Clock clock = Clock.systemUTC();
    private Grader grader = Grader.keywords();
    /**
     * Shared by every thread handling requests and by the schedule, so it must be thread-safe: the JDK's default
     * generator (L32X64MixRandom) is documented as not, and round and game ids are drawn from it.
     */
    private RandomGenerator random = new java.util.Random();
    private Duration idleTimeout = DEFAULT_IDLE_TIMEOUT;
    private long maxSessions = DEFAULT_MAX_SESSIONS;
    private ChatAdminsPort admins = ChatAdminsPort.none();

    private Mockingbird(QuestionBank bank) {
        this.bank = Objects.requireNonNull(bank, "bank");
    }

    /** Starts building an engine over this bank. */
    public static Mockingbird builder(QuestionBank bank) {
        return new Mockingbird(bank);
    }

    /** Where state is kept (default: memory only). */
    public Mockingbird storage(Storage value) {
        this.storage = Objects.requireNonNull(value);
        return this;
    }

    /** The time source (default: the system clock, UTC). */
    public Mockingbird clock(Clock value) {
        this.clock = Objects.requireNonNull(value);
        return this;
    }

    /** The randomness for picking questions and drawing quiz ids; called from several threads at once. */
    public Mockingbird random(RandomGenerator value) {
        this.random = Objects.requireNonNull(value);
        return this;
    }

    /** How own answers are graded (default: keyword matching, which needs nothing loaded). */
    public Mockingbird grader(Grader value) {
        this.grader = Objects.requireNonNull(value);
        return this;
    }

    /** How long a session may sit idle before it starts afresh. */
    public Mockingbird idleTimeout(Duration value) {
        this.idleTimeout = Objects.requireNonNull(value);
        return this;
    }

    /** How to ask a platform who administers a group (default: only what the updates themselves say counts). */
    public Mockingbird admins(ChatAdminsPort value) {
        this.admins = Objects.requireNonNull(value);
        return this;
    }

    /** How many sessions to keep in memory. */
    public Mockingbird maxSessions(long value) {
        this.maxSessions = value;
        return this;
    }

    /** The engine. */
    public ChatEngine build() {
        Sessions sessions = Sessions.cached(storage.sessions(), storage.transactions(), clock, idleTimeout,
                maxSessions);
        // The engine's own housekeeping and the commands' context share these; features get only their ports.
        Services services = new Services(bank, storage, sessions, clock, random, Access.over(admins));
        // Each feature's use case is built once; its commands and the schedule call it.
        AskUseCase asks = AskUseCase.over(bank, storage.history(), storage.profiles(), sessions, clock, random);
        List<Command> commands = new ArrayList<>();
        // Team answers read the private text of those who followed a team post's link; everything else goes on.
        TeamAnswering team = TeamAnswering.over(bank, storage.daily(), grader,
                new OwnAnswer(bank, storage.history(), storage.reviews(), grader));
        commands.add(new StartCommand(bank, team));
        commands.add(new HelpCommand(() -> commands.stream().map(Command::spec).toList()));
        // Practice commands wait while a mock interview runs, rather than replacing it.
        commands.add(InterviewGuard.around(new AskCommand(asks, bank)));
        commands.add(InterviewGuard.around(new AnswerCommand(bank, storage.history())));
        commands.add(InterviewGuard.around(new HintCommand(bank)));
        commands.add(InterviewGuard.around(new NextCommand(asks, bank)));
        commands.add(InterviewGuard.around(new SkipCommand(asks, bank, storage.history())));
        commands.add(InterviewGuard.around(new RateCommand(bank, storage.reviews())));
        commands.add(InterviewGuard.around(new ReviewCommand(asks, bank, storage.reviews())));
        commands.add(new QuizCommand(bank, storage.quizzes(), storage.history(), random));
        commands.add(new QuizSetCommand(bank, storage.quizzes()));
        commands.add(new ScoresCommand(bank, storage.quizzes()));
        commands.add(new InterviewCommand(bank, storage.history(), random));
        commands.add(new DailyCommand(bank, storage.daily(), storage.claims()));
        commands.add(new TracksCommand(bank));
        commands.add(new LevelsCommand());
        commands.add(new TrackCommand(bank));
        commands.add(new LevelCommand());
        commands.add(new StatsCommand(bank, storage.history(), storage.reviews(),
                dev.mockingbird.core.daily.TeamStreaks.over(bank, storage.daily())));
        commands.add(new ForgetCommand(storage.profiles(), storage.history(), sessions,
                storage.quizzes(), storage.reviews(), storage.daily()));
        // Asked in order: the interview reads what is typed during an interview; team answers, then OwnAnswer,
        // everything else.
        List<FreeTextHandler> freeText = List.of(new InterviewAnswers(bank, grader), team);
        return new DefaultEngine(services, List.copyOf(commands), freeText,
                DailyPosts.over(bank, storage, sessions, clock, asks),
                QuizTimer.over(bank, storage.quizzes(), storage.history(), sessions, clock, random));
    }
}
