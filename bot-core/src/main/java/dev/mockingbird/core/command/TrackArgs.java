package dev.mockingbird.core.command;

import dev.mockingbird.core.bank.Level;
import dev.mockingbird.core.bank.QuestionBank;
import dev.mockingbird.core.bank.Track;
import dev.mockingbird.core.chat.Reply;
import dev.mockingbird.core.chat.RichText;
import dev.mockingbird.core.chat.RichText.Bold;
import dev.mockingbird.core.chat.RichText.Code;
import dev.mockingbird.core.chat.RichText.Plain;
import dev.mockingbird.core.chat.RichText.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Reads {@code [track] [level]} arguments the way people type them: {@code sd senior}, {@code System Design}. */
public final class TrackArgs {

    /** Arguments longer than this are not a track name; echoing them back would only flood the chat. */
    private static final int MAX_ECHO = 40;

    private final QuestionBank bank;

    /** Parsing against this bank's tracks. */
    public TrackArgs(QuestionBank bank) {
        this.bank = bank;
    }

    /**
     * The parse result.
     *
     * @param track        the track named, if any
     * @param level        the level named, if any
     * @param unknownTrack what was typed where a track was expected but matched none
     * @param unknownLevel what followed a real track where a level was expected but is none ({@code nodejs hard-ish})
     */
    public record Parsed(Optional<Track> track, Optional<Level> level, Optional<String> unknownTrack,
                         Optional<String> unknownLevel) {
    }

    /** Splits arguments into a track and a level; either may be missing. */
    public Parsed parse(String args) {
        List<String> words = new ArrayList<>(Arrays.asList(args.strip().split("\\s+")));
        words.removeIf(String::isEmpty);
        Optional<Level> level = Optional.empty();
        if (!words.isEmpty()) {
            level = Level.parse(words.getLast());
            if (level.isPresent()) {
                words.removeLast();
            } else if (words.size() > 1) {
                level = Level.parse(words.getFirst());
                if (level.isPresent()) {
                    words.removeFirst();
                }
            }
        }
        if (words.isEmpty()) {
            return new Parsed(Optional.empty(), level, Optional.empty(), Optional.empty());
        }
        String rest = String.join(" ", words);
        Optional<Track> track = bank.findTrack(rest);
        if (track.isPresent()) {
            return new Parsed(track, level, Optional.empty(), Optional.empty());
        }
        if (level.isEmpty() && words.size() > 1) {
            // "nodejs banana": a real track and a word that is no level deserve a hint about levels, not tracks.
            Optional<Track> withoutLast = bank.findTrack(String.join(" ", words.subList(0, words.size() - 1)));
            if (withoutLast.isPresent()) {
                return new Parsed(withoutLast, level, Optional.empty(), Optional.of(words.getLast()));
            }
        }
        return new Parsed(Optional.empty(), level, Optional.of(rest), Optional.empty());
    }

    /**
     * Reads a track and a level given apart, as a platform's options: each value is read as what it is, so nothing
     * typed into one can spill into the other. A track may be named as people type it ({@code System Design}).
     */
    public Parsed parse(Optional<String> track, Optional<String> level) {
        Optional<String> typedTrack = track.map(String::strip).filter(t -> !t.isEmpty());
        Optional<String> typedLevel = level.map(String::strip).filter(l -> !l.isEmpty());
        Optional<Track> found = typedTrack.flatMap(bank::findTrack);
        Optional<Level> parsedLevel = typedLevel.flatMap(Level::parse);
        Optional<String> unknownTrack = found.isPresent() ? Optional.empty() : typedTrack;
        Optional<String> unknownLevel = parsedLevel.isPresent() ? Optional.empty() : typedLevel;
        return new Parsed(found, parsedLevel, unknownTrack, unknownLevel);
    }

    /** The track with this slug. */
    public Optional<Track> bySlug(String slug) {
        return bank.tracks().stream().filter(t -> t.slug().equals(slug)).findFirst();
    }

    /** The friendly reply to arguments naming no real track or level; empty when they are fine. */
    public Optional<Reply> problem(Parsed parsed) {
        if (parsed.unknownTrack().isPresent()) {
            return Optional.of(unknownTrackReply(parsed.unknownTrack().get()));
        }
        return parsed.unknownLevel().map(level -> unknownLevelReply(parsed.track()
                .map(Track::slug).orElseGet(this::exampleSlug), level));
    }

    /** A friendly reply naming the levels, for a level that is none of them. */
    public Reply unknownLevelReply(Track track, String typed) {
        return unknownLevelReply(track.slug(), typed);
    }

    private Reply unknownLevelReply(String exampleSlug, String typed) {
        String shown = typed.length() > MAX_ECHO ? typed.substring(0, MAX_ECHO) + "…" : typed;
        return Reply.send(RichText.builder()
                .paragraph(new Bold(shown), new Plain(" is not a level I know. The levels are "), new Code("junior"),
                        new Plain(", "), new Code("mid"), new Plain(" and "), new Code("senior"), new Plain("."))
                .paragraph(new Plain("For example: "), new Code("/ask " + exampleSlug + " senior"))
                .build());
    }

    private String exampleSlug() {
        return bank.tracks().stream().findFirst().map(Track::slug).orElse("system-design");
    }

    /** A friendly reply listing the real tracks. */
    public Reply unknownTrackReply(String typed) {
        String shown = typed.length() > MAX_ECHO ? typed.substring(0, MAX_ECHO) + "…" : typed;
        List<List<Span>> items = bank.tracks().stream()
                .map(t -> List.<Span>of(new Code(t.slug()), new Plain(" " + t.name()))).toList();
        return Reply.send(RichText.builder()
                .paragraph(new Plain("I don't know a track called "), new Bold(shown),
                        new Plain(". These are the tracks:"))
                .bulletSpans(items)
                .paragraph(new Plain("For example: "), new Code("/ask " + exampleSlug() + " senior"))
                .build());
    }
}
