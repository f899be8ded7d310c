package dev.mockingbird.app;

import dev.mockingbird.core.ChatEngine;
import dev.mockingbird.core.chat.OutboundPort;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the engine's scheduled work on a timer (timed quiz rounds ending, daily questions), through the outbound ports
 * of the platforms that are running. Missing a tick costs nothing: the next one does whatever is still due, and the
 * database keeps each piece of work to once.
 */
final class Schedule implements AutoCloseable {

    /** Short enough that a quiz round's result follows its minute closely; each tick is a couple of queries. */
    static final Duration PERIOD = Duration.ofSeconds(5);
    private static final Logger LOG = LoggerFactory.getLogger(Schedule.class);

    private final ScheduledExecutorService timer;

    private Schedule(ScheduledExecutorService timer) {
        this.timer = timer;
    }

    /** Starts posting through these ports every {@link #PERIOD}; none, and it does nothing. */
    static Schedule start(ChatEngine engine, List<OutboundPort> ports) {
        return start(engine, ports, PERIOD, PERIOD);
    }

    /** Starts posting after {@code delay}, then every {@code period}. */
    static Schedule start(ChatEngine engine, List<OutboundPort> ports, Duration delay, Duration period) {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "mockingbird-schedule");
            thread.setDaemon(true);
            return thread;
        });
        if (!ports.isEmpty()) {
            List<OutboundPort> outbound = List.copyOf(ports);
            timer.scheduleWithFixedDelay(() -> tick(engine, outbound, period), delay.toMillis(), period.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
        return new Schedule(timer);
    }

    private static void tick(ChatEngine engine, List<OutboundPort> outbound, Duration period) {
        try {
            int posted = engine.postDue(outbound);
            if (posted > 0) {
                LOG.info("Posted {} scheduled message(s)", posted);
            }
        } catch (RuntimeException e) {
            // A scheduled task that throws is never run again; log and keep the schedule alive.
            LOG.error("Scheduled work failed this time; trying again in {}", period, e);
        }
    }

    @Override
    public void close() {
        // A tick under way finishes (a quiz result half-posted would be lost), then the timer stops.
        timer.shutdown();
        try {
            if (!timer.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("Scheduled work still running after 10 s; stopping it");
                timer.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            timer.shutdownNow();
        }
    }
}
