package dev.mockingbird.core.ask;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How a person says they did on a question after seeing its model answer; it sets when the question comes back. */
enum Rating {
    NAILED("n", "Nailed it"),
    PARTLY("p", "Partly"),
    MISSED("m", "Missed it");

    /** The short form on buttons. */
    final String code;
    final String label;

    Rating(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** How a graded own answer counts: most key points is nailed, about half is partly, less is missed. */
    static Rating fromScore(int percent) {
        return percent >= 80 ? NAILED : percent >= 50 ? PARTLY : MISSED;
    }

    /** From a button's code or what a person types ({@code nailed}, {@code partly}, {@code missed}, …). */
    static Optional<Rating> parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(r -> r.code.equals(t) || r.name().toLowerCase(Locale.ROOT).equals(t)
                        || r.label.toLowerCase(Locale.ROOT).equals(t)
                        || (r == NAILED && (t.equals("good") || t.equals("yes") || t.equals("easy")))
                        || (r == PARTLY && (t.equals("ok") || t.equals("some") || t.equals("partial")))
                        || (r == MISSED && (t.equals("no") || t.equals("bad") || t.equals("again"))))
                .findFirst();
    }
}
