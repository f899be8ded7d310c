package dev.mockingbird.telegram;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChatMember;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMember;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

class TelegramAdminsTest {

    private final TelegramClient client = mock(TelegramClient.class);
    private final TelegramAdmins admins = new TelegramAdmins(client, Duration.ofMinutes(3));

    private static ChatMember withStatus(String status) {
        ChatMember member = mock(ChatMember.class);
        when(member.getStatus()).thenReturn(status);
        return member;
    }

    @Test
    void theCreatorAndAdministratorsAreAdminsAndAskingTwiceCallsTelegramOnce() throws TelegramApiException {
        ChatMember creator = withStatus("creator");
        ChatMember administrator = withStatus("administrator");
        when(client.execute(any(GetChatMember.class))).thenReturn(creator, administrator);

        assertTrue(admins.isAdmin("telegram", "-100", "1"));
        assertTrue(admins.isAdmin("telegram", "-100", "1"));
        assertTrue(admins.isAdmin("telegram", "-100", "2"));
        verify(client, times(2)).execute(any(GetChatMember.class));
    }

    @Test
    void aMemberIsNot() throws TelegramApiException {
        ChatMember member = withStatus("member");
        when(client.execute(any(GetChatMember.class))).thenReturn(member);
        assertFalse(admins.isAdmin("telegram", "-100", "3"));
    }

    @Test
    void whenTelegramCannotBeAskedTheChangeIsRefusedAndTheNextTryAsksAgain() throws TelegramApiException {
        ChatMember administrator = withStatus("administrator");
        when(client.execute(any(GetChatMember.class))).thenThrow(new TelegramApiException("timeout"))
                .thenReturn(administrator);

        assertFalse(admins.isAdmin("telegram", "-100", "4"));
        assertTrue(admins.isAdmin("telegram", "-100", "4"));
    }

    @Test
    void anotherPlatformsChatsOrIdsThatAreNoTelegramUsersAreNeverAskedAbout() {
        assertFalse(admins.isAdmin("discord", "-100", "4"));
        assertFalse(admins.isAdmin("telegram", "-100", "not-a-number"));
        verifyNoInteractions(client);
    }
}
