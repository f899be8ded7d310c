/**
 * The storage ports over SQLite and PostgreSQL: one Jdbi store per aggregate, Flyway migrations, a HikariCP pool,
 * and transactions bound to the working thread.
 */
@NullMarked
package dev.mockingbird.storage.jdbc;

import org.jspecify.annotations.NullMarked;
