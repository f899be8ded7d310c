/**
 * Per-person (private chats) and per-chat (groups) session state, cached in memory in front of a store.
 */
@NullMarked
package dev.mockingbird.core.session;

import org.jspecify.annotations.NullMarked;
