/**
 * Outgoing storage ports and their implementations.
 */
@NullMarked
package dev.mockingbird.core.storage;

import org.jspecify.annotations.NullMarked;
