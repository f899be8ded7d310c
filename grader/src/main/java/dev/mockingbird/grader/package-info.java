/**
 * The built-in grader: an answer's sentences against each key point's evidence and misconceptions, by meaning (a small
 * sentence-embedding model run in-process) and by words (Lucene's English analysis), with negation and buzzword
 * checks; and, when configured, a language model's verdict with the built-in grader as its fall-back.
 */
@NullMarked
package dev.mockingbird.grader;

import org.jspecify.annotations.NullMarked;
