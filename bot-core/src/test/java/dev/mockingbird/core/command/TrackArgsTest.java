package dev.mockingbird.core.command;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mockingbird.core.Fixtures;
import dev.mockingbird.core.bank.Level;
import dev.mockingbird.core.bank.Track;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Track and level arguments, read the way people type them. */
class TrackArgsTest {

    private final TrackArgs args = new TrackArgs(Fixtures.bank());

    private TrackArgs.Parsed parse(String typed) {
        return args.parse(typed);
    }

    @Test
    void nothingTypedNamesNothing() {
        assertEquals(new TrackArgs.Parsed(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()),
                parse("   "));
    }

    @Test
    void aLevelAloneNamesOnlyTheLevel() {
        assertEquals(new TrackArgs.Parsed(Optional.empty(), Optional.of(Level.SENIOR), Optional.empty(),
                Optional.empty()), parse("senior"));
    }

    @Test
    void aNameWithSpacesAndALevelNamesBoth() {
        TrackArgs.Parsed parsed = parse("System Design junior");
        assertEquals(Optional.of(Fixtures.SYSTEM_DESIGN), parsed.track());
        assertEquals(Optional.of(Level.JUNIOR), parsed.level());
    }

    @Test
    void anUnknownTrackIsReportedAsTyped() {
        TrackArgs.Parsed parsed = parse("cobol senior");
        assertEquals(Optional.of("cobol"), parsed.unknownTrack());
        assertEquals(Optional.of(Level.SENIOR), parsed.level());
    }

    @Test
    void aRealTrackWithAWordThatIsNoLevelAsksAboutLevels() {
        TrackArgs.Parsed parsed = parse("databases hardest");
        assertEquals(Optional.of(Fixtures.DATABASES), parsed.track());
        assertEquals(Optional.of("hardest"), parsed.unknownLevel());
    }

    @Provide
    Arbitrary<Track> tracks() {
        return Arbitraries.of(Fixtures.bank().tracks());
    }

    @Property
    void aTracksSlugAndALevelInEitherOrderAndAnyCaseNameBoth(@ForAll("tracks") Track track, @ForAll Level level,
                                                            @ForAll boolean levelFirst, @ForAll boolean upper) {
        String typed = levelFirst ? level.slug() + "  " + track.slug() : track.slug() + " " + level.slug();
        TrackArgs.Parsed parsed = parse(upper ? typed.toUpperCase(Locale.ROOT) : typed);
        assertEquals(Optional.of(track), parsed.track());
        assertEquals(Optional.of(level), parsed.level());
        assertEquals(Optional.empty(), parsed.unknownTrack());
    }

    @Property
    void anythingTypedParsesWithoutFailingAndAProblemNamesWhatWasWrong(@ForAll String typed) {
        TrackArgs.Parsed parsed = parse(typed);
        // Either a track, or what was typed in its place, or nothing typed where a track goes.
        assertEquals(parsed.unknownTrack().isPresent(), args.problem(parsed).isPresent()
                && parsed.unknownLevel().isEmpty());
    }

    @Property
    void optionsGivenApartNameTheirTrackAndLevelAndNothingElse(@ForAll("tracks") Track track, @ForAll Level level,
                                                              @ForAll boolean byName) {
        // given a track option (by slug or by name) and a level option
        TrackArgs.Parsed parsed = args.parse(Optional.of(byName ? track.name() : track.slug()),
                Optional.of(level.slug()));
        // then each is read as itself
        assertEquals(new TrackArgs.Parsed(Optional.of(track), Optional.of(level), Optional.empty(),
                Optional.empty()), parsed);
    }

    @Property
    void anyOptionValuesParseWithoutFailingAndEveryUnknownOneIsAProblem(@ForAll Optional<String> track,
                                                                       @ForAll Optional<String> level) {
        TrackArgs.Parsed parsed = args.parse(track, level);
        boolean unknown = parsed.unknownTrack().isPresent() || parsed.unknownLevel().isPresent();
        assertEquals(unknown, args.problem(parsed).isPresent());
        // a value is either understood or reported, never dropped
        assertEquals(track.filter(t -> !t.isBlank()).isPresent(),
                parsed.track().isPresent() || parsed.unknownTrack().isPresent());
        assertEquals(level.filter(l -> !l.isBlank()).isPresent(),
                parsed.level().isPresent() || parsed.unknownLevel().isPresent());
    }
}
