/**
 * What operators see of a running instance: health checks and Prometheus metrics over HTTP, and the meters that feed
 * them.
 */
@NullMarked
package dev.mockingbird.app.ops;

import org.jspecify.annotations.NullMarked;
