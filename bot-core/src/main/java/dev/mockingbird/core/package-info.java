/**
 * The Mockingbird engine: platform-neutral mock-interview chat. Adapters send {@link dev.mockingbird.core.chat.ChatRequest}s to a {@link dev.mockingbird.core.ChatEngine} and deliver the replies.
 */
@NullMarked
package dev.mockingbird.core;

import org.jspecify.annotations.NullMarked;
