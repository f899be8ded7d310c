/**
 * The engine's own request and reply types: what a person sent, and what to show them in a neutral markup.
 */
@NullMarked
package dev.mockingbird.core.chat;

import org.jspecify.annotations.NullMarked;
