/**
 * Orientation: /start, /help, /tracks, /levels.
 */
@NullMarked
package dev.mockingbird.core.help;

import org.jspecify.annotations.NullMarked;
