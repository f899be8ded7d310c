package dev.mockingbird.core.profile;

import dev.mockingbird.core.bank.QuestionBank;
import dev.mockingbird.core.bank.Track;
import dev.mockingbird.core.chat.Reply;
import dev.mockingbird.core.chat.RichText;
import dev.mockingbird.core.chat.RichText.Bold;
import dev.mockingbird.core.chat.RichText.Plain;
import dev.mockingbird.core.command.Command;
import dev.mockingbird.core.command.CommandContext;
import dev.mockingbird.core.command.CommandSpec;
import dev.mockingbird.core.command.OptionSpec;
import dev.mockingbird.core.command.TrackArgs;
import dev.mockingbird.core.storage.Profile;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** {@code /track <track>}: the track /ask uses when none is named; {@code /track all} clears it. */
public final class TrackCommand implements Command {

    private static final CommandSpec SPEC = new CommandSpec("track", "Set your default track (or 'all')",
            List.of(new OptionSpec("track", "Track, or 'all' for every track", OptionSpec.Kind.TRACK, false))).asPersonal();
    private static final Set<String> ALL = Set.of("all", "any", "none", "*", "every", "clear");

    private final TrackArgs trackArgs;

    /** The command over the bank whose tracks it names. */
    public TrackCommand(QuestionBank bank) {
        this.trackArgs = new TrackArgs(bank);
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public List<Reply> onCommand(CommandContext context, String args) {
        Profile profile = context.profile();
        String typed = args.strip();
        if (typed.isEmpty()) {
            String current = profile.track().flatMap(trackArgs::bySlug).map(Track::name).orElse("all tracks");
            return List.of(Reply.send(RichText.builder()
                    .paragraph(new Plain("Your default track: "), new Bold(current), new Plain("."))
                    .text("Change it with /track <track> (see /tracks), or /track all for every track.").build()));
        }
        if (ALL.contains(typed.toLowerCase(Locale.ROOT))) {
            context.profile(profile.withTrack(Optional.empty()));
            return List.of(Reply.text("Done: /ask now picks from all tracks."));
        }
        TrackArgs.Parsed parsed = trackArgs.parse(typed);
        if (parsed.track().isEmpty() || parsed.level().isPresent() || parsed.unknownLevel().isPresent()) {
            return List.of(trackArgs.unknownTrackReply(typed));
        }
        Track track = parsed.track().get();
        context.profile(profile.withTrack(Optional.of(track.slug())));
        return List.of(Reply.send(RichText.builder()
                .paragraph(new Plain("Done: /ask now picks from "), new Bold(track.name()), new Plain("."))
                .build()));
    }
}
