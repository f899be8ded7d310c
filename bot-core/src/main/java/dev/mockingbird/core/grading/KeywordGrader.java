package dev.mockingbird.core.grading;

import dev.mockingbird.core.bank.KeyPoint;
import dev.mockingbird.core.bank.Question;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A key point counts as covered when one of its keywords appears in the answer as a phrase: each keyword word must
 * match an answer word in order, where a keyword word of four or more letters also matches longer forms
 * ({@code index} matches {@code indexes}, {@code indexing}).
 */
final class KeywordGrader implements Grader {

    /** Enough for any honest interview answer; bounds the work on pasted novels. */
    private static final int MAX_CHARS = 20_000;

    @Override
    public Grade grade(Question question, String answer) {
        String[] words = words(answer.length() > MAX_CHARS ? answer.substring(0, MAX_CHARS) : answer);
        List<KeyPoint> covered = new ArrayList<>();
        List<KeyPoint> missed = new ArrayList<>();
        for (KeyPoint point : question.keyPoints()) {
            boolean hit = point.keywords().stream().anyMatch(k -> containsPhrase(words, words(k)));
            (hit ? covered : missed).add(point);
        }
        return new Grade(covered, missed);
    }

    static String[] words(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        return Arrays.stream(folded.split("[^\\p{Alnum}+#]+")).filter(w -> !w.isEmpty()).toArray(String[]::new);
    }

    private static boolean containsPhrase(String[] words, String[] phrase) {
        if (phrase.length == 0) {
            return false;
        }
        for (int i = 0; i + phrase.length <= words.length; i++) {
            int j = 0;
            while (j < phrase.length && matches(words[i + j], phrase[j])) {
                j++;
            }
            if (j == phrase.length) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(String word, String keyword) {
        return word.equals(keyword) || (keyword.length() >= 4 && word.startsWith(keyword));
    }
}
