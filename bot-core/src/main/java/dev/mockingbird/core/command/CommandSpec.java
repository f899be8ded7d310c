package dev.mockingbird.core.command;

import java.util.List;
import java.util.Objects;

/**
 * What a command is called and takes, for adapters that publish command menus. Adapters pass the options a person
 * filled in by name ({@link dev.mockingbird.core.chat.Input.Invocation}); the engine hands them to the command.
 *
 * @param name        lower-case name without the slash
 * @param description one line, at most 100 characters (Discord's limit)
 * @param options     arguments in order
 */
public record CommandSpec(String name, String description, List<OptionSpec> options, boolean personal,
                          boolean managesChat) {

    /** A command whose replies the whole chat may see. */
    public CommandSpec(String name, String description, List<OptionSpec> options) {
        this(name, description, options, false, false);
    }

    /**
     * This command as one that changes what a whole group shares (its daily question, its quiz defaults): in groups
     * only admins may use it to change things, and platforms that can (Discord's default member permissions) offer it
     * to admins only.
     */
    public CommandSpec asManagingChat() {
        return new CommandSpec(name, description, options, personal, true);
    }

    /**
     * This command as one about the person alone (their stats, defaults, data): in a group its replies are for them
     * only, which platforms that can (Discord) show to them alone.
     */
    public CommandSpec asPersonal() {
        return new CommandSpec(name, description, options, true, managesChat);
    }

    public CommandSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        options = List.copyOf(options);
        if (description.length() > 100) {
            throw new IllegalArgumentException("description of /" + name + " is over 100 characters");
        }
    }
}
