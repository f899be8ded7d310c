package dev.mockingbird.discord;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which of the bot's gateway shards this instance runs. Discord routes each guild to one shard
 * ({@code (guild_id >> 22) % total}) and DMs to shard 0, so instances that split the ids between them see every
 * interaction exactly once.
 *
 * @param total how many shards the bot runs in all, across instances
 * @param ids   the ones this instance runs, ascending, each below {@code total}
 */
public record Shards(int total, List<Integer> ids) {

    /** Discord's own ceiling is far below this; it only stops a typo from starting thousands of sessions. */
    static final int MAX_TOTAL = 4_096;
    private static final Pattern PART = Pattern.compile("(\\d{1,4})(?:-(\\d{1,4}))?");

    public Shards {
        ids = List.copyOf(ids);
        if (total < 1 || total > MAX_TOTAL) {
            throw new IllegalArgumentException("DISCORD_SHARDS_TOTAL must be 1 to " + MAX_TOTAL + ", not " + total);
        }
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("DISCORD_SHARD_IDS names no shard");
        }
        for (int i = 0; i < ids.size(); i++) {
            int id = ids.get(i);
            if (id < 0 || id >= total) {
                throw new IllegalArgumentException("shard " + id + " is outside 0-" + (total - 1)
                        + " (DISCORD_SHARDS_TOTAL is " + total + ")");
            }
            if (i > 0 && ids.get(i - 1) >= id) {
                throw new IllegalArgumentException("shard ids must be ascending and distinct: " + ids);
            }
        }
    }

    /** All shards of {@code total} in one instance. */
    public static Shards all(int total) {
        return new Shards(total, java.util.stream.IntStream.range(0, total).boxed().toList());
    }

    /** Whether this instance receives DMs, which Discord sends on shard 0 only. */
    public boolean receivesDms() {
        return ids.getFirst() == 0;
    }

    /**
     * Reads {@code DISCORD_SHARDS_TOTAL} and {@code DISCORD_SHARD_IDS} ({@code 0-3}, {@code 0,2,5} or
     * {@code 0-1,4}). Neither set: empty, and JDA runs every shard, as many as Discord recommends. Only the total:
     * every shard of it here.
     *
     * @throws IllegalArgumentException naming the setting that is wrong and why
     */
    public static Optional<Shards> parse(Optional<String> total, Optional<String> ids) {
        if (total.isEmpty()) {
            if (ids.isPresent()) {
                throw new IllegalArgumentException("DISCORD_SHARD_IDS needs DISCORD_SHARDS_TOTAL, the number of "
                        + "shards across all instances");
            }
            return Optional.empty();
        }
        int count;
        try {
            count = Integer.parseInt(total.get().strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("DISCORD_SHARDS_TOTAL must be a whole number, not " + total.get(), e);
        }
        if (ids.isEmpty()) {
            return Optional.of(all(count));
        }
        TreeSet<Integer> chosen = new TreeSet<>();
        for (String part : ids.get().split(",", -1)) {
            Matcher m = PART.matcher(part.strip());
            if (!m.matches()) {
                throw new IllegalArgumentException("DISCORD_SHARD_IDS must look like 0-3 or 0,2,5, not " + ids.get());
            }
            int from = Integer.parseInt(m.group(1));
            int to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
            if (to < from) {
                throw new IllegalArgumentException("DISCORD_SHARD_IDS range " + part.strip() + " runs backwards");
            }
            for (int id = from; id <= to; id++) {
                if (!chosen.add(id)) {
                    throw new IllegalArgumentException("DISCORD_SHARD_IDS names shard " + id + " twice");
                }
            }
        }
        return Optional.of(new Shards(count, List.copyOf(chosen)));
    }

    @Override
    public String toString() {
        return ids + " of " + total;
    }
}
