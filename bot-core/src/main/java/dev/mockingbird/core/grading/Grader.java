package dev.mockingbird.core.grading;

import dev.mockingbird.core.bank.Question;

/** Grades a person's own answer against a question's key points. */
public interface Grader {

    /** Which key points the answer covers. */
    Grade grade(Question question, String answer);

    /** Looks for each key point's keywords in the answer, tolerant of case, punctuation and word endings. */
    static Grader keywords() {
        return new KeywordGrader();
    }
}
