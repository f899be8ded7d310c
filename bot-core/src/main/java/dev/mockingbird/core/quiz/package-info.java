/**
 * Group quizzes: multiple-choice rounds everyone in a chat can answer with one press, revealed together, with a
 * per-chat leaderboard: /quiz, /scores.
 */
@NullMarked
package dev.mockingbird.core.quiz;

import org.jspecify.annotations.NullMarked;
