package se.fuel.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import se.fuel.PersistenceSliceTest;
import se.fuel.notifications.NotificationKind;

@PersistenceSliceTest
class NotificationRepositorySliceTest {

	static final Instant T = Instant.parse("2027-05-20T08:00:00Z");

	@Autowired
	NotificationRepository notifications;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aUsersNotificationsComeNewestFirstPageByPageAndNeverAnotherUsers() {
		UUID me = user();
		UUID someoneElse = user();
		var oldest = notification(me, T);
		var middle = notification(me, T.plusSeconds(60));
		var newest = notification(me, T.plusSeconds(120));
		notifications.saveAllAndFlush(List.of(middle, notification(someoneElse, T.plusSeconds(90)), oldest, newest));

		var first = notifications.newestFirst(me, PageRequest.of(0, 2));
		var second = notifications.newestFirst(me, PageRequest.of(1, 2));

		assertThat(first.getContent()).extracting(Notification::id).containsExactly(newest.id(), middle.id());
		assertThat(second.getContent()).extracting(Notification::id).containsExactly(oldest.id());
		assertThat(first.getTotalElements()).isEqualTo(3);
	}

	@Test
	void markingAllReadCountsAndMarksOnlyTheUsersUnreadOnes() {
		UUID me = user();
		UUID someoneElse = user();
		var alreadyRead = notification(me, T);
		alreadyRead.read(T.plusSeconds(5));
		notifications.saveAllAndFlush(List.of(alreadyRead, notification(me, T.plusSeconds(1)),
				notification(me, T.plusSeconds(2)), notification(someoneElse, T)));
		assertThat(notifications.countByUserIdAndReadAtIsNull(me)).isEqualTo(2);

		assertThat(notifications.markAllRead(me, T.plusSeconds(60))).isEqualTo(2);

		assertThat(notifications.countByUserIdAndReadAtIsNull(me)).isZero();
		assertThat(notifications.countByUserIdAndReadAtIsNull(someoneElse)).isEqualTo(1);
		assertThat(notifications.findById(alreadyRead.id()).orElseThrow().readAt()).isEqualTo(T.plusSeconds(5));
	}

	@Test
	void theArgumentsComeBackAsStoredInTheirOrder() {
		UUID me = user();
		var stored = notifications.saveAndFlush(notification(me, T));

		assertThat(notifications.findById(stored.id()).orElseThrow().view().arguments())
			.containsExactly("FoU 2027/0001", "Boendestöd ”Järva”");
	}

	private static Notification notification(UUID user, Instant at) {
		return new Notification(user, new Notice(NotificationKind.DECISION_OUTCOME,
				"notifications.text.decision.GRANTED", List.of("FoU 2027/0001", "Boendestöd ”Järva”"),
				"/applications/" + UUID.randomUUID()), at);
	}

	/** A user account of its own: a notification belongs to a user who exists. */
	private UUID user() {
		UUID id = UUID.randomUUID();
		UUID organisation = jdbc.queryForObject("select id from organisation order by id limit 1", UUID.class);
		jdbc.update("insert into user_account (id, username, password_hash, display_name, role, organisation_id) "
				+ "values (?, ?, 'x', 'Avisad', 'APPLICANT', ?)", id, "avisad-" + id, organisation);
		return id;
	}
}
