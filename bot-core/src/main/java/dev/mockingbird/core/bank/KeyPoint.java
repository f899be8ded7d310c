package dev.mockingbird.core.bank;

import java.util.List;
import java.util.Objects;

/**
 * Something an interviewer listens for in an answer.
 *
 * @param point          the point, briefly
 * @param keywords       words and phrases whose presence in an answer signals the point
 * @param evidence       sentences a candidate who makes the point might say, each in different words; graders compare
 *                       answer sentences with these
 * @param misconceptions wrong beliefs about the point that candidates state confidently, each with its correction
 */
public record KeyPoint(String point, List<String> keywords, List<String> evidence,
                       List<Misconception> misconceptions) {

    public KeyPoint {
        Objects.requireNonNull(point, "point");
        keywords = List.copyOf(keywords);
        evidence = List.copyOf(evidence);
        misconceptions = List.copyOf(misconceptions);
    }

    /** A point with keywords only, as older packs and tests write it. */
    public KeyPoint(String point, List<String> keywords) {
        this(point, keywords, List.of(), List.of());
    }
}
