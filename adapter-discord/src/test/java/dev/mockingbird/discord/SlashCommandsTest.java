package dev.mockingbird.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockingbird.core.command.CommandSpec;
import java.util.List;
import java.util.Set;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import org.junit.jupiter.api.Test;

class SlashCommandsTest {

    private final RecordingEngine engine = RecordingEngine.quick();

    @Test
    void everyEngineCommandBecomesASlashCommand() {
        // when
        List<SlashCommandData> commands = SlashCommands.of(engine.commands());

        // then
        List<String> names = commands.stream().map(SlashCommandData::getName).toList();
        assertEquals(engine.commands().stream().map(CommandSpec::name).toList(), names);
        assertTrue(names.containsAll(List.of("ask", "answer", "next", "skip", "tracks", "level", "track", "help")));
    }

    @Test
    void askOffersTracksByAutocompleteAndLevelsAsFixedChoices() {
        // when
        SlashCommandData ask = command("ask");

        // then
        OptionData track = ask.getOptions().get(0);
        OptionData level = ask.getOptions().get(1);
        assertEquals("track", track.getName());
        assertEquals(OptionType.STRING, track.getType());
        assertTrue(track.isAutoComplete());
        assertEquals("level", level.getName());
        assertFalse(level.isAutoComplete());
        assertEquals(List.of("junior", "mid", "senior"), level.getChoices().stream().map(Command.Choice::getAsString)
                .toList());
    }

    @Test
    void commandsWorkInServersAndInDirectMessagesWithTheBot() {
        // then
        for (SlashCommandData command : SlashCommands.of(engine.commands())) {
            assertEquals(Set.of(InteractionContextType.GUILD, InteractionContextType.BOT_DM), command.getContexts(),
                    command.getName());
        }
    }

    @Test
    void commandsThatChangeWhatAServerSharesAreOfferedToItsManagersOnly() {
        // then /daily and /quizset default to Manage Server, and everything else is open to everyone
        for (String managed : List.of("daily", "quizset")) {
            assertEquals(net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions.enabledFor(
                    net.dv8tion.jda.api.Permission.MANAGE_SERVER), command(managed).getDefaultPermissions(), managed);
        }
        assertEquals(net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions.ENABLED,
                command("ask").getDefaultPermissions());
    }

    private SlashCommandData command(String name) {
        return SlashCommands.of(engine.commands()).stream().filter(c -> c.getName().equals(name)).findFirst()
                .orElseThrow();
    }
}
