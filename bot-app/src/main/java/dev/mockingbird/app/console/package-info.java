/**
 * The console chat: the zero-setup way to try the bot, on stdin and stdout.
 */
@NullMarked
package dev.mockingbird.app.console;

import org.jspecify.annotations.NullMarked;
