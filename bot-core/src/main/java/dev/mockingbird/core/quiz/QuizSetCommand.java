package dev.mockingbird.core.quiz;

import dev.mockingbird.core.bank.Level;
import dev.mockingbird.core.bank.QuestionBank;
import dev.mockingbird.core.bank.Track;
import dev.mockingbird.core.chat.Reply;
import dev.mockingbird.core.chat.RichText;
import dev.mockingbird.core.chat.RichText.Bold;
import dev.mockingbird.core.chat.RichText.Code;
import dev.mockingbird.core.chat.RichText.Plain;
import dev.mockingbird.core.command.Command;
import dev.mockingbird.core.command.CommandContext;
import dev.mockingbird.core.command.CommandSpec;
import dev.mockingbird.core.command.OptionSpec;
import dev.mockingbird.core.command.TrackArgs;
import dev.mockingbird.core.storage.QuizPort;
import dev.mockingbird.core.storage.QuizSettings;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code /quizset [rounds|seconds|track|level] [value]}: the chat's quiz defaults, as trivia bots' settings commands
 * have them. Anyone may read them; in groups only admins change them.
 */
public final class QuizSetCommand implements Command {

    private static final CommandSpec SPEC = new CommandSpec("quizset", "This chat's quiz defaults "
            + "(/quizset rounds 10, /quizset seconds 30)", List.of(
                    new OptionSpec("setting", "rounds, seconds, track or level", OptionSpec.Kind.TEXT, false),
                    new OptionSpec("value", "The new value (track or level: all for any)", OptionSpec.Kind.TEXT,
                            false))).asManagingChat();
    private static final Set<String> ANY = Set.of("all", "any", "none", "-");

    private final QuizPort quizzes;
    private final TrackArgs trackArgs;

    /** The command over the bank (for track names) and the store of settings. */
    public QuizSetCommand(QuestionBank bank, QuizPort quizzes) {
        this.quizzes = quizzes;
        this.trackArgs = new TrackArgs(bank);
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public List<Reply> onOptions(CommandContext context, Map<String, String> options) {
        return onCommand(context, options.getOrDefault("setting", "") + " " + options.getOrDefault("value", ""));
    }

    @Override
    public List<Reply> onCommand(CommandContext context, String args) {
        QuizSettings current = quizzes.settings(context.session())
                .orElseGet(() -> QuizSettings.defaults(context.session()));
        String[] words = args.strip().split("\\s+", 2);
        String setting = words[0].toLowerCase(Locale.ROOT);
        if (setting.isEmpty()) {
            return List.of(shown(current));
        }
        if (!context.mayManage()) {
            return context.adminsOnly("the quiz settings", "/quizset");
        }
        String value = words.length > 1 ? words[1].strip() : "";
        if (value.isEmpty()) {
            return List.of(usage("Give a value too, e.g. /quizset rounds 10."));
        }
        Optional<QuizSettings> changed = switch (setting) {
            case "rounds" -> number(value, 1, QuizSettings.MAX_ROUNDS).map(n -> new QuizSettings(current.chat(), n,
                    current.seconds(), current.track(), current.level()));
            case "seconds", "time" -> number(value, QuizSettings.MIN_SECONDS, QuizSettings.MAX_SECONDS)
                    .map(n -> new QuizSettings(current.chat(), current.rounds(), n, current.track(), current.level()));
            case "track" -> ANY.contains(value.toLowerCase(Locale.ROOT))
                    ? Optional.of(new QuizSettings(current.chat(), current.rounds(), current.seconds(),
                            Optional.empty(), current.level()))
                    : trackArgs.parse(Optional.of(value), Optional.empty()).track().map(t -> new QuizSettings(
                            current.chat(), current.rounds(), current.seconds(), Optional.of(t.slug()),
                            current.level()));
            case "level" -> ANY.contains(value.toLowerCase(Locale.ROOT))
                    ? Optional.of(new QuizSettings(current.chat(), current.rounds(), current.seconds(),
                            current.track(), Optional.empty()))
                    : Level.parse(value).map(l -> new QuizSettings(current.chat(), current.rounds(),
                            current.seconds(), current.track(), Optional.of(l.slug())));
            default -> Optional.empty();
        };
        if (changed.isEmpty()) {
            return List.of(usage(switch (setting) {
                case "rounds" -> "Rounds go from 1 to " + QuizSettings.MAX_ROUNDS + ".";
                case "seconds", "time" -> "A round lasts " + QuizSettings.MIN_SECONDS + " to "
                        + QuizSettings.MAX_SECONDS + " seconds.";
                case "track" -> "That is no track I know; /tracks lists them.";
                case "level" -> "The levels are junior, mid and senior.";
                default -> "The settings are rounds, seconds, track and level.";
            }));
        }
        quizzes.saveSettings(changed.get());
        return List.of(Reply.send(RichText.builder().paragraph(new Bold("Saved. ")).append(describe(changed.get()))
                .build()));
    }

    private static Optional<Integer> number(String value, int least, int most) {
        if (!value.matches("\\d{1,4}")) {
            return Optional.empty();
        }
        int n = Integer.parseInt(value);
        return n >= least && n <= most ? Optional.of(n) : Optional.empty();
    }

    private Reply shown(QuizSettings settings) {
        return Reply.send(RichText.builder().append(describe(settings))
                .paragraph(new Plain("Admins change them with "), new Code("/quizset rounds 10"), new Plain(", "),
                        new Code("/quizset seconds 30"), new Plain(", "), new Code("/quizset track databases"),
                        new Plain(" or "), new Code("/quizset level all"), new Plain("."))
                .build());
    }

    private RichText describe(QuizSettings s) {
        String track = s.track().flatMap(trackArgs::bySlug).map(Track::name).orElse("all tracks");
        String level = s.level().orElse("all levels");
        return RichText.builder().paragraph(new Plain("Quiz games here: "), new Bold(s.rounds() + " rounds"),
                new Plain(" of "), new Bold(s.seconds() + " s"), new Plain(", from " + track + " (" + level + ")."))
                .build();
    }

    private static Reply usage(String problem) {
        return Reply.send(RichText.builder().text(problem)
                .paragraph(new Plain("For example: "), new Code("/quizset rounds 10"), new Plain(" or "),
                        new Code("/quizset seconds 30"), new Plain("."))
                .build());
    }
}
