/**
 * The unit of work: the port through which the engine runs each request, and each piece of scheduled work, in one
 * transaction of whichever store is wired in.
 */
@NullMarked
package dev.mockingbird.core.transaction;

import org.jspecify.annotations.NullMarked;
