/**
 * The Discord adapter: JDA interactions to engine requests, engine replies to Discord messages. Thin: it translates,
 * escapes and delivers; every decision is the engine's.
 */
@NullMarked
package dev.mockingbird.discord;

import org.jspecify.annotations.NullMarked;
