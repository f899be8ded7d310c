/**
 * The runnable application: configuration from the environment, wiring, and the adapters that have tokens.
 */
@NullMarked
package dev.mockingbird.app;

import org.jspecify.annotations.NullMarked;
