package dev.mockingbird.core.quiz;

import dev.mockingbird.core.storage.QuizRound;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * The order a round shows its options in: shuffled once per round, from the round's id, so every message, button and
 * instance of one round agrees without storing anything, and the right option's letter tells nothing (a pack's
 * author tends to put it in the same place). Everything stored (the right option, each person's choice) stays an
 * index into the pack's options; only letters are positions in this order.
 */
record OptionOrder(List<Integer> order) {

    private static final String LETTERS = "ABCDE";

    OptionOrder {
        order = List.copyOf(order);
    }

    /** The order of a round with this many options. */
    static OptionOrder of(QuizRound round, int options) {
        List<Integer> order = new ArrayList<>(IntStream.range(0, options).boxed().toList());
        // String.hashCode and java.util.Random are specified exactly, so every instance shuffles a round alike.
        Collections.shuffle(order, new Random(round.id().hashCode()));
        return new OptionOrder(order);
    }

    /** How many options there are. */
    int size() {
        return order.size();
    }

    /** The pack's option shown at this position. */
    int option(int position) {
        return order.get(position);
    }

    /** The letter a pack option is shown under. */
    String letter(int option) {
        return String.valueOf(LETTERS.charAt(order.indexOf(option)));
    }

    /** The letter shown at a position. */
    static String letterAt(int position) {
        return String.valueOf(LETTERS.charAt(position));
    }

    /** The pack option a typed letter ({@code b} or {@code B}) or number as people count ({@code 2}) names. */
    OptionalInt typed(String typed) {
        String t = typed.strip();
        int position = -1;
        if (t.matches("[1-9]")) {
            position = Integer.parseInt(t) - 1;
        } else if (t.length() == 1) {
            position = LETTERS.indexOf(t.toUpperCase(Locale.ROOT));
        }
        return position >= 0 && position < order.size() ? OptionalInt.of(order.get(position)) : OptionalInt.empty();
    }
}
