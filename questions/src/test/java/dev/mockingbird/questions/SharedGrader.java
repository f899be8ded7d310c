package dev.mockingbird.questions;

import dev.mockingbird.core.bank.QuestionBank;
import dev.mockingbird.core.grading.Grader;
import dev.mockingbird.grader.Graders;
import dev.mockingbird.core.bank.Question;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The bank and the built-in grader, loaded once for the test classes that grade against the whole bank. */
final class SharedGrader {

    static final QuestionBank BANK = QuestionBank.load(SharedGrader.class.getClassLoader(), Optional.empty());
    static final Grader GRADER = Graders.builtIn();

    /**
     * The questions to grade: the whole bank, or only the tracks named in the {@code bank.tracks} system property
     * ({@code -Dbank.tracks=go,java}), so work on a few tracks is checked in seconds rather than minutes.
     */
    static List<Question> questions() {
        String only = System.getProperty("bank.tracks", "").strip();
        if (only.isEmpty()) {
            return BANK.questions();
        }
        Set<String> tracks = Arrays.stream(only.split(",")).map(String::strip).collect(Collectors.toSet());
        return BANK.questions().stream().filter(q -> tracks.contains(q.id().substring(0, q.id().indexOf('/'))))
                .toList();
    }

    private SharedGrader() {
    }
}
