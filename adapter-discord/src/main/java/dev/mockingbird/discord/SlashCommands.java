package dev.mockingbird.discord;

import dev.mockingbird.core.bank.Level;
import dev.mockingbird.core.command.CommandSpec;
import dev.mockingbird.core.command.OptionSpec;
import java.util.Arrays;
import java.util.List;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/** The engine's commands as Discord slash commands: tracks autocomplete from the bank, levels are fixed choices. */
final class SlashCommands {

    private SlashCommands() {
    }

    static List<SlashCommandData> of(List<CommandSpec> specs) {
        return specs.stream().map(SlashCommands::command).toList();
    }

    private static SlashCommandData command(CommandSpec spec) {
        SlashCommandData data = Commands.slash(spec.name(), spec.description())
                // Usable in servers and in DMs with the bot.
                .setContexts(InteractionContextType.GUILD, InteractionContextType.BOT_DM);
        if (spec.managesChat()) {
            // Offered to those who manage the server; its admins can grant it to other roles in Integrations.
            data.setDefaultPermissions(DefaultMemberPermissions.enabledFor(Permission.MANAGE_SERVER));
        }
        for (OptionSpec option : spec.options()) {
            OptionData o = switch (option.kind()) {
                case TRACK -> new OptionData(OptionType.STRING, option.name(), option.description(),
                        option.required(), true);
                case LEVEL -> {
                    OptionData level = new OptionData(OptionType.STRING, option.name(), option.description(),
                            option.required());
                    Arrays.stream(Level.values()).forEach(l -> level.addChoice(l.slug(), l.slug()));
                    yield level;
                }
                case TEXT -> new OptionData(OptionType.STRING, option.name(), option.description(),
                        option.required());
                case GROUP -> new OptionData(OptionType.ROLE, option.name(), option.description(),
                        option.required());
            };
            data.addOptions(o);
        }
        return data;
    }
}
