package dev.mockingbird.core.bank;

import java.util.List;
import java.util.Objects;

/**
 * Something an interviewer listens for in an answer.
 *
 * @param point    the point, briefly
 * @param keywords words and phrases whose presence in an answer signals the point
 */
public record KeyPoint(String point, List<String> keywords) {
    public KeyPoint {
        Objects.requireNonNull(point, "point");
        keywords = List.copyOf(keywords);
    }
}
