package dev.mockingbird.core.profile;

import dev.mockingbird.core.bank.Question;
import dev.mockingbird.core.bank.QuestionBank;
import dev.mockingbird.core.bank.Track;
import dev.mockingbird.core.chat.Reply;
import dev.mockingbird.core.chat.RichText;
import dev.mockingbird.core.chat.RichText.Bold;
import dev.mockingbird.core.chat.RichText.Code;
import dev.mockingbird.core.chat.RichText.Plain;
import dev.mockingbird.core.chat.RichText.Span;
import dev.mockingbird.core.command.Command;
import dev.mockingbird.core.command.CommandContext;
import dev.mockingbird.core.command.CommandSpec;
import dev.mockingbird.core.daily.TeamStreaks;
import dev.mockingbird.core.storage.HistoryEntry;
import dev.mockingbird.core.storage.HistoryPort;
import dev.mockingbird.core.storage.ReviewPort;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /stats}: how practice is going, per track: questions seen of those there are, how many were answered in
 * one's own words and the average share of key points covered, plus the review queue. In a group, the group's own
 * practice (its shared questions).
 */
public final class StatsCommand implements Command {

    private static final CommandSpec SPEC = new CommandSpec("stats", "Your progress per track, and your weakest "
            + "area", List.of()).asPersonal();
    /** Everything a person could plausibly have done; bounds the read for a runaway history. */
    private static final int HISTORY_LIMIT = 10_000;
    /** An average over fewer answers says little about a track. */
    private static final int WEAKEST_MIN_ANSWERS = 2;

    private final QuestionBank bank;
    private final HistoryPort history;
    private final ReviewPort reviews;
    private final TeamStreaks streaks;

    /**
     * The command over the bank, the history it sums up, the review queue it counts what is due in and the streaks on
     * team daily questions.
     */
    public StatsCommand(QuestionBank bank, HistoryPort history, ReviewPort reviews, TeamStreaks streaks) {
        this.bank = bank;
        this.history = history;
        this.reviews = reviews;
        this.streaks = streaks;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    /** One track's numbers. */
    private record TrackStats(Track track, int seen, int total, int answered, int scoreSum) {
        Optional<Integer> average() {
            return answered == 0 ? Optional.empty() : Optional.of(Math.round((float) scoreSum / answered));
        }
    }

    @Override
    public List<Reply> onCommand(CommandContext context, String args) {
        List<HistoryEntry> recent = history.recent(context.session(), HISTORY_LIMIT);
        Optional<String> streak = streak(context);
        if (recent.isEmpty()) {
            return List.of(Reply.text((context.inGroup() ? "This chat has" : "You have")
                    + " not practised yet. Send /ask to begin, or /interview for a mock interview."
                    + streak.map(s -> " " + s).orElse("")));
        }
        // Newest first: the first entry per question is how it went most recently.
        Map<String, HistoryEntry> latest = new LinkedHashMap<>();
        recent.forEach(e -> latest.putIfAbsent(e.questionId(), e));
        Map<String, TrackStats> byTrack = new HashMap<>();
        for (HistoryEntry entry : latest.values()) {
            Optional<Question> q = bank.byId(entry.questionId());
            if (q.isEmpty()) {
                continue;
            }
            Track track = trackOf(q.get());
            TrackStats was = byTrack.getOrDefault(track.slug(),
                    new TrackStats(track, 0, bank.questionsOf(track).size(), 0, 0));
            boolean graded = entry.score().isPresent();
            byTrack.put(track.slug(), new TrackStats(track, was.seen() + 1, was.total(),
                    was.answered() + (graded ? 1 : 0), was.scoreSum() + (graded ? entry.score().getAsInt() : 0)));
        }
        List<TrackStats> ordered = bank.tracks().stream().map(t -> byTrack.get(t.slug()))
                .filter(java.util.Objects::nonNull).toList();
        int seen = ordered.stream().mapToInt(TrackStats::seen).sum();
        RichText.Builder text = RichText.builder()
                .paragraph(new Bold((context.inGroup() ? "This chat's practice" : "Your practice") + " · " + seen
                        + (seen == 1 ? " question" : " questions") + " seen"));
        List<List<Span>> rows = new ArrayList<>();
        for (TrackStats s : ordered) {
            rows.add(List.of(new Bold(s.track().name()), new Plain(": " + s.seen() + " of " + s.total() + " seen"
                    + s.average().map(a -> " · " + s.answered() + " answered, " + a + "% of key points on average")
                    .orElse(""))));
        }
        text.bulletSpans(rows);
        ordered.stream().filter(s -> s.answered() >= WEAKEST_MIN_ANSWERS)
                .min(java.util.Comparator.comparing(s -> s.average().orElse(100)))
                .filter(s -> s.average().orElse(100) < 80)
                .ifPresent(s -> text.paragraph(new Plain("Weakest area: " + s.track().name() + " ("
                        + s.average().orElse(0) + "%). Practise it with "), new Code("/ask " + s.track().slug()),
                        new Plain(".")));
        streak.ifPresent(text::text);
        if (!context.inGroup()) {
            int due = reviews.due(context.person(), context.now(), HISTORY_LIMIT).size();
            if (due == 0) {
                text.text("No reviews are due right now.");
            } else {
                text.paragraph(new Plain(due + (due == 1 ? " review is" : " reviews are") + " due: "),
                        new Code("/review"));
            }
        }
        return List.of(Reply.send(text.build()));
    }

    /**
     * The person's streak on team daily questions: in a team chat, theirs there; in private, their longest over the
     * teams they answer for. Nothing when they have none.
     */
    private Optional<String> streak(CommandContext context) {
        String platform = context.request().platform();
        String user = context.request().userId();
        int days = context.inGroup() ? streaks.streak(platform, context.request().chatId(), user, context.now())
                : streaks.longestRunning(platform, user, context.now());
        if (days == 0) {
            return Optional.empty();
        }
        String run = days == 1 ? "1 team question answered" : days + " team questions answered in a row";
        return Optional.of((context.inGroup() ? "Your streak here: " : "Your team streak: ") + run + ".");
    }

    private Track trackOf(Question q) {
        return bank.tracks().stream().filter(t -> t.slug().equals(q.track())).findFirst()
                .orElseThrow(() -> new IllegalStateException("question " + q.id() + " has no track"));
    }
}
