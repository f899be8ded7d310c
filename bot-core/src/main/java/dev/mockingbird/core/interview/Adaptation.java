package dev.mockingbird.core.interview;

import dev.mockingbird.core.bank.Level;
import dev.mockingbird.core.bank.Question;
import dev.mockingbird.core.session.SessionState;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** How the interviewer reacts to an answer: a follow-up on what it missed, and the level of the next question. */
final class Adaptation {

    /** At or above this, the next question is a level up. */
    static final int STRONG = 80;
    /** Below this, the next question is a level down. */
    static final int WEAK = 40;
    private static final Set<String> FILLER = Set.of("what", "when", "with", "that", "this", "your", "from", "would",
            "does", "have", "there", "their", "which", "about", "into", "than", "they", "them", "then", "like", "each");

    private Adaptation() {
    }

    /**
     * One follow-up, when the person answered but missed the question's most important point (its first): the
     * question's own follow-up that is most about that point, or a prompt built from the point. None when they said
     * nothing (a skipped question is not probed) or a follow-up was asked already.
     */
    static Optional<SessionState.FollowUp> followUp(Question question, SessionState.Answered answered) {
        if (!answered.answered() || answered.followUp().isPresent() || question.keyPoints().isEmpty()
                || answered.covered().contains(0)) {
            return Optional.empty();
        }
        String point = question.keyPoints().getFirst().point();
        Set<String> pointWords = words(point + " " + String.join(" ", question.keyPoints().getFirst().keywords()));
        Optional<String> asked = question.followUps().stream()
                .filter(f -> shared(words(f), pointWords) > 0)
                .max(Comparator.comparingInt(f -> shared(words(f), pointWords)));
        String prompt = asked.orElseGet(() -> "Before we move on: what about this — "
                + Character.toLowerCase(point.charAt(0)) + point.substring(1) + "? How does it fit your answer?");
        return Optional.of(new SessionState.FollowUp(0, prompt));
    }

    /** A level up after a strong answer, down after a weak one, within junior to senior. */
    static Level nextLevel(Level level, int score) {
        List<Level> levels = Arrays.asList(Level.values());
        int at = levels.indexOf(level);
        if (score >= STRONG) {
            return levels.get(Math.min(levels.size() - 1, at + 1));
        }
        if (score < WEAK) {
            return levels.get(Math.max(0, at - 1));
        }
        return level;
    }

    private static Set<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^a-z0-9]+"))
                .filter(w -> w.length() >= 4 && !FILLER.contains(w)).collect(Collectors.toSet());
    }

    private static int shared(Set<String> a, Set<String> b) {
        return (int) a.stream().filter(b::contains).count();
    }
}
