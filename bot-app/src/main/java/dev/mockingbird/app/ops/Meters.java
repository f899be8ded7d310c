package dev.mockingbird.app.ops;

import dev.mockingbird.storage.jdbc.Database;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/** The registry an instance reports into: JVM and process meters, and the database pool's state. */
public final class Meters {

    private Meters() {
    }

    /** A Prometheus registry with JVM meters and gauges over the database's pool. */
    public static PrometheusMeterRegistry prometheus(Database database) {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new ClassLoaderMetrics().bindTo(registry);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        Gauge.builder("mockingbird.db.pool.active", database, d -> d.pool().active())
                .description("Connections in use").register(registry);
        Gauge.builder("mockingbird.db.pool.idle", database, d -> d.pool().idle()).register(registry);
        Gauge.builder("mockingbird.db.pool.waiting", database, d -> d.pool().waiting())
                .description("Threads waiting for a connection").register(registry);
        Gauge.builder("mockingbird.db.pool.max", database, d -> d.pool().max()).register(registry);
        return registry;
    }
}
