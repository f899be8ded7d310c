package dev.mockingbird.storage.jdbc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * The real PostgreSQL the tests use, named by {@code MOCKINGBIRD_TEST_PG_URL} (set by {@code .ci/run}). Without it
 * the PostgreSQL tests are skipped with a visible message, except under {@code CI=true}, where that is a failure.
 */
final class TestPostgres {

    static final String VARIABLE = "MOCKINGBIRD_TEST_PG_URL";

    private TestPostgres() {
    }

    /** A throwaway schema and a URL whose connections use it. */
    record Schema(String baseUrl, String name) {
        String url() {
            return baseUrl + (baseUrl.contains("?") ? "&" : "?") + "currentSchema=" + name;
        }

        void drop() {
            try (Connection c = DriverManager.getConnection(baseUrl); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
            } catch (SQLException e) {
                throw new IllegalStateException("could not drop test schema " + name, e);
            }
        }
    }

    static Schema newSchema() {
        Optional<String> url = Optional.ofNullable(System.getenv(VARIABLE)).filter(u -> !u.isBlank());
        if (url.isEmpty()) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(VARIABLE + " is not set: CI must test against a real PostgreSQL");
            }
            System.err.println("SKIPPED PostgreSQL tests: set " + VARIABLE
                    + " (e.g. jdbc:postgresql://127.0.0.1:5432/test?user=postgres) or run .ci/run");
            Assumptions.abort(VARIABLE + " is not set");
        }
        String name = "mb_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12)
                .toLowerCase(Locale.ROOT);
        try (Connection c = DriverManager.getConnection(url.get()); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the test PostgreSQL at " + url.get() + ": " + e.getMessage(),
                    e);
        }
        return new Schema(url.get(), name);
    }
}
