/**
 * The question bank: tracks, levels, questions and the loader that validates question packs.
 */
@NullMarked
package dev.mockingbird.core.bank;

import org.jspecify.annotations.NullMarked;
