/**
 * Mock interviews: several questions in a row, answered in the person's own words, with feedback only at the end,
 * as in a real interview: /interview.
 */
@NullMarked
package dev.mockingbird.core.interview;

import org.jspecify.annotations.NullMarked;
