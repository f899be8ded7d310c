package dev.mockingbird.core.bank;

import java.util.Locale;
import java.util.Optional;

/** How deep a question goes. */
public enum Level {
    JUNIOR("junior", "Fundamentals: what it is, how to use it, common pitfalls."),
    MID("mid", "Trade-offs and real-world use: why, when, and what breaks."),
    SENIOR("senior", "Design at scale, failure modes, and decisions you would defend.");

    private final String slug;
    private final String description;

    Level(String slug, String description) {
        this.slug = slug;
        this.description = description;
    }

    /** The lower-case name used in packs and commands. */
    public String slug() {
        return slug;
    }

    /** One line for /levels. */
    public String description() {
        return description;
    }

    /**
     * Reads a level as people type it: the slug, a common abbreviation, or the difficulty words source lists use.
     */
    public static Optional<Level> parse(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "junior", "jr", "jun", "easy", "beginner", "entry", "j" -> Optional.of(JUNIOR);
            case "mid", "middle", "medium", "intermediate", "m", "mid-level", "midlevel" -> Optional.of(MID);
            case "senior", "sr", "sen", "hard", "advanced", "expert", "staff", "s" -> Optional.of(SENIOR);
            default -> Optional.empty();
        };
    }
}
