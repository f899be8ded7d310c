package dev.mockingbird.core.help;

import dev.mockingbird.core.bank.Level;
import dev.mockingbird.core.bank.QuestionBank;
import dev.mockingbird.core.bank.Track;
import dev.mockingbird.core.chat.Button;
import dev.mockingbird.core.chat.Reply;
import dev.mockingbird.core.chat.RichText;
import dev.mockingbird.core.chat.RichText.Bold;
import dev.mockingbird.core.chat.RichText.Code;
import dev.mockingbird.core.chat.RichText.Plain;
import dev.mockingbird.core.chat.RichText.Span;
import dev.mockingbird.core.command.ButtonData;
import dev.mockingbird.core.command.Command;
import dev.mockingbird.core.command.CommandContext;
import dev.mockingbird.core.command.CommandSpec;
import dev.mockingbird.core.command.OptionSpec;
import dev.mockingbird.core.command.TrackArgs;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code /tracks}: the tracks grouped by family, one short line each, so twenty-odd tracks still fit one message;
 * {@code /tracks <track>} tells one track's story and offers to ask at each level.
 */
public final class TracksCommand implements Command {

    private static final CommandSpec SPEC = new CommandSpec("tracks", "List the tracks, or describe one",
            List.of(new OptionSpec("track", "The track to describe", OptionSpec.Kind.TRACK, false)));
    /** The heading for tracks whose pack names no family. */
    private static final String NO_FAMILY = "More";

    private final QuestionBank bank;
    private final TrackArgs trackArgs;

    /** The command over the bank it lists. */
    public TracksCommand(QuestionBank bank) {
        this.bank = bank;
        this.trackArgs = new TrackArgs(bank);
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public List<Reply> onCommand(CommandContext context, String args) {
        if (args.isBlank()) {
            return List.of(overview());
        }
        TrackArgs.Parsed parsed = trackArgs.parse(args);
        Optional<Reply> problem = trackArgs.problem(parsed);
        if (problem.isPresent()) {
            return List.of(problem.get());
        }
        return List.of(parsed.track().map(this::details).orElseGet(this::overview));
    }

    @Override
    public List<Reply> onButton(CommandContext context, List<String> args) {
        return onCommand(context, args.isEmpty() ? "" : args.getFirst());
    }

    private Reply overview() {
        RichText.Builder text = RichText.builder()
                .paragraph(new Bold(bank.tracks().size() + " tracks, " + bank.questions().size() + " questions"),
                        new Plain(" (questions per level: junior · mid · senior)"));
        for (Map.Entry<String, List<Track>> family : families().entrySet()) {
            text.paragraph(new Bold(family.getKey()));
            text.bulletSpans(family.getValue().stream().map(this::line).toList());
        }
        return Reply.send(text
                .text("Ask with /ask <track> [level], e.g. /ask databases senior. More on one track: /tracks <track>.")
                .build());
    }

    /**
     * Families with their tracks, the largest family first (ties by name) and tracks in bank order; the tracks of no
     * family come last.
     */
    private Map<String, List<Track>> families() {
        Map<String, List<Track>> byFamily = bank.tracks().stream().collect(Collectors.groupingBy(
                t -> t.family().isBlank() ? NO_FAMILY : t.family(), LinkedHashMap::new, Collectors.toList()));
        Comparator<Map.Entry<String, List<Track>>> order = Comparator
                .comparing((Map.Entry<String, List<Track>> e) -> e.getKey().equals(NO_FAMILY))
                .thenComparing(e -> -e.getValue().size())
                .thenComparing(Map.Entry::getKey);
        Map<String, List<Track>> ordered = new LinkedHashMap<>();
        byFamily.entrySet().stream().sorted(order).forEach(e -> ordered.put(e.getKey(), e.getValue()));
        return ordered;
    }

    private List<Span> line(Track track) {
        String counts = Arrays.stream(Level.values()).map(l -> String.valueOf(count(track, l)))
                .collect(Collectors.joining(" · "));
        return List.of(new Code(track.slug()), new Plain(" " + track.name() + " (" + counts + ")"));
    }

    private Reply details(Track track) {
        List<Span> heading = new ArrayList<>(List.of(new Bold(track.name()), new Plain(" "), new Code(track.slug())));
        if (!track.family().isBlank()) {
            heading.add(new Plain(" · " + track.family()));
        }
        RichText.Builder text = RichText.builder().paragraph(heading.toArray(Span[]::new));
        if (!track.description().isBlank()) {
            text.text(track.description());
        }
        List<Level> levels = Arrays.stream(Level.values()).filter(l -> count(track, l) > 0).toList();
        text.text(Arrays.stream(Level.values()).map(l -> count(track, l) + " " + l.slug())
                .collect(Collectors.joining(", ")) + " questions.");
        text.text(levels.isEmpty() ? "No questions yet." : "Ask one with /ask " + track.slug() + " [level]:");
        List<Button> buttons = levels.stream().map(l -> new Button(l.slug(),
                ButtonData.of("ask", track.slug(), l.slug()).encode(), "/ask " + track.slug() + " " + l.slug()))
                .toList();
        return Reply.send(text.build(), buttons);
    }

    private long count(Track track, Level level) {
        return bank.questionsOf(track).stream().filter(q -> q.level() == level).count();
    }
}
