/**
 * The Telegram adapter: long-polled updates to engine requests, engine replies to Telegram HTML messages with inline
 * keyboards, delivered at a pace Telegram accepts. Thin: it translates, escapes and delivers; every decision is the
 * engine's.
 */
@NullMarked
package dev.mockingbird.telegram;

import org.jspecify.annotations.NullMarked;
