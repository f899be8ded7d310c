package dev.mockingbird.questions;

import dev.mockingbird.core.bank.QuestionBank;
import dev.mockingbird.core.grading.Grader;
import dev.mockingbird.grader.Graders;
import java.util.Optional;

/** The bank and the built-in grader, loaded once for the test classes that grade against the whole bank. */
final class SharedGrader {

    static final QuestionBank BANK = QuestionBank.load(SharedGrader.class.getClassLoader(), Optional.empty());
    static final Grader GRADER = Graders.builtIn();

    private SharedGrader() {
    }
}
