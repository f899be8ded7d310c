/**
 * Asking questions, revealing model answers, moving on: /ask, /answer, /next, /skip.
 */
@NullMarked
package dev.mockingbird.core.ask;

import org.jspecify.annotations.NullMarked;
