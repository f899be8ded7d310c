/**
 * The chat commands' contract, their registry, and compact button data.
 */
@NullMarked
package dev.mockingbird.core.command;

import org.jspecify.annotations.NullMarked;
