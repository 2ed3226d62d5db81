package se.fuel.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.fuel.mail.MailChoices;
import se.fuel.mail.MailKind;
import se.fuel.notifications.NotificationKind;
import se.fuel.notifications.NotificationView;

/** E-postval holds for notifications too: a kind turned off reaches the user neither by mail nor in the app. */
class NotificationInboxTest {

	static final Instant NOW = Instant.parse("2027-05-20T08:00:00Z");

	final NotificationRepository repository = mock(NotificationRepository.class);

	final MailChoices choices = mock(MailChoices.class);

	final List<NotificationView> saved = new ArrayList<>();

	final List<UUID> owners = new ArrayList<>();

	final NotificationInbox inbox = new NotificationInbox(repository, choices, Clock.fixed(NOW, ZoneOffset.UTC));

	final Notice decision = new Notice(NotificationKind.DECISION_OUTCOME, "notifications.text.decision.GRANTED",
			List.of("FoU 2027/0001", "Boendestöd"), "/applications/1");

	@BeforeEach
	void keepWhatIsSaved() {
		when(repository.save(any())).thenAnswer(call -> {
			Notification n = call.getArgument(0);
			saved.add(n.view());
			owners.add(n.userId());
			return n;
		});
	}

	@Test
	void aUserWhoTurnedTheKindOffInEPostvalGetsNoNotificationOfIt() {
		UUID wants = UUID.randomUUID();
		UUID optedOut = UUID.randomUUID();
		when(choices.optedOut(MailKind.DECISION_OUTCOME)).thenReturn(Set.of(optedOut));

		inbox.deliver(List.of(wants, optedOut), decision);

		assertThat(owners).containsExactly(wants);
	}

	@Test
	void eachRecipientGetsOneUnreadNotificationWithTheNoticesKeyArgumentsAndLink() {
		UUID user = UUID.randomUUID();
		when(choices.optedOut(MailKind.DECISION_OUTCOME)).thenReturn(Set.of());

		inbox.deliver(List.of(user, user), decision);

		assertThat(owners).containsExactly(user);
		NotificationView view = saved.get(0);
		assertThat(view.unread()).isTrue();
		assertThat(view.createdAt()).isEqualTo(NOW);
		assertThat(view.messageKey()).isEqualTo("notifications.text.decision.GRANTED");
		assertThat(view.arguments()).containsExactly("FoU 2027/0001", "Boendestöd");
		assertThat(view.link()).isEqualTo("/applications/1");
	}

	@Test
	void nobodyToTellAsksNothing() {
		inbox.deliver(List.of(), decision);

		assertThat(saved).isEmpty();
		verifyNoInteractions(choices);
	}
}
