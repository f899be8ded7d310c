/**
 * Grading a person's free-text answer against a question's key points.
 */
@NullMarked
package dev.mockingbird.core.grading;

import org.jspecify.annotations.NullMarked;
