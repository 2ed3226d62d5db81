package se.fuel.notifications.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.fuel.SliceSignIn;
import se.fuel.WebSliceTest;
import se.fuel.common.NotFoundException;
import se.fuel.identity.Identity;
import se.fuel.identity.Role;
import se.fuel.notifications.NotificationKind;
import se.fuel.notifications.NotificationPage;
import se.fuel.notifications.NotificationView;
import se.fuel.notifications.Notifications;

@WebSliceTest
class NotificationPagesSliceTest {

	final UUID application = UUID.randomUUID();

	final NotificationView decision = new NotificationView(UUID.randomUUID(), NotificationKind.DECISION_OUTCOME,
			"notifications.text.decision.GRANTED", List.of("FoU 2027/0001", "Boendestöd"),
			"/applications/" + application, Instant.parse("2027-05-20T08:00:00Z"), null);

	@Autowired
	MockMvc mvc;

	@Autowired
	Identity identity;

	@Autowired
	Notifications notifications;

	@Test
	void everyPagesHeaderHasABellThatSaysHowManyAreUnreadAndLeadsToTheList() throws Exception {
		given(notifications.unreadCount()).willReturn(3L);
		given(notifications.page(1, NotificationController.PAGE_SIZE))
			.willReturn(new NotificationPage(List.of(), 1, 1, 0, 3));

		mvc.perform(get("/notifications").with(SliceSignIn.as(identity, Role.APPLICANT)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"notification-bell\"")))
			.andExpect(content().string(containsString("href=\"/notifications\"")))
			.andExpect(content().string(containsString("3 olästa aviseringar")));
	}

	@Test
	void theListShowsEachNotificationInTheReadersLanguageLinkedToItsObject() throws Exception {
		given(notifications.page(2, NotificationController.PAGE_SIZE))
			.willReturn(new NotificationPage(List.of(decision), 2, 3, 41, 1));

		mvc.perform(get("/notifications").param("page", "2").with(SliceSignIn.as(identity, Role.APPLICANT)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nämnden har beviljat ansökan FoU 2027/0001 ”Boendestöd”.")))
			.andExpect(content().string(containsString("href=\"/applications/" + application + "\"")))
			.andExpect(content().string(containsString("Du har en oläst avisering.")))
			.andExpect(content().string(containsString("/notifications/" + decision.id() + "/read?page=2")))
			.andExpect(content().string(containsString("id=\"notifications-previous\"")))
			.andExpect(content().string(containsString("id=\"notifications-next\"")));
		mvc.perform(get("/notifications").param("page", "2").param("lang", "en")
			.with(SliceSignIn.as(identity, Role.APPLICANT)))
			.andExpect(content().string(containsString("The committee has granted application FoU 2027/0001")));
	}

	@Test
	void markingOneReadReturnsToTheSamePageOfTheList() throws Exception {
		mvc.perform(post("/notifications/" + decision.id() + "/read").param("page", "2").with(csrf())
			.with(SliceSignIn.as(identity, Role.COUNCIL)))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/notifications?page=2"));

		then(notifications).should().markRead(decision.id());
	}

	@Test
	void markingAllReadSaysSoOnTheList() throws Exception {
		mvc.perform(post("/notifications/read").with(csrf()).with(SliceSignIn.as(identity, Role.ATTESTANT)))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/notifications"))
			.andExpect(flash().attribute("saved", "notifications.allRead"));

		then(notifications).should().markAllRead();
	}

	@Test
	void anotherUsersNotificationIsNotFound() throws Exception {
		given(notifications.markRead(decision.id())).willThrow(new NotFoundException("notification"));

		mvc.perform(post("/notifications/" + decision.id() + "/read").with(csrf())
			.with(SliceSignIn.as(identity, Role.APPLICANT)))
			.andExpect(status().isNotFound());
	}

	@Test
	void theBellFragmentForHtmxIsTheLinkAloneWithNoBadgeWhenNothingIsUnread() throws Exception {
		given(notifications.unreadCount()).willReturn(0L);

		mvc.perform(get("/notifications/bell").with(SliceSignIn.as(identity, Role.READER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Inga olästa aviseringar")))
			.andExpect(content().string(not(containsString("fuel-bell__count"))))
			.andExpect(content().string(not(containsString("<html"))));
	}

	@Test
	void theApiAnswersTheTextInTheRequestsLanguageWithItsKeyAndArguments() throws Exception {
		given(notifications.page(1, 20)).willReturn(new NotificationPage(List.of(decision), 1, 1, 1, 1));

		mvc.perform(get("/api/v1/notifications").param("lang", "en").with(SliceSignIn.as(identity, Role.APPLICANT)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.unread").value(1))
			.andExpect(jsonPath("$.notifications[0].text")
				.value("The committee has granted application FoU 2027/0001 \"Boendestöd\"."))
			.andExpect(jsonPath("$.notifications[0].messageKey").value("notifications.text.decision.GRANTED"))
			.andExpect(jsonPath("$.notifications[0].arguments[1]").value("Boendestöd"))
			.andExpect(jsonPath("$.notifications[0].link").value("/applications/" + application))
			.andExpect(jsonPath("$.notifications[0].unread").value(true));
	}

	@Test
	void theApiCapsThePageSizeAndMarksAllRead() throws Exception {
		given(notifications.page(1, 100)).willReturn(new NotificationPage(List.of(), 1, 1, 0, 0));
		given(notifications.markAllRead()).willReturn(4);

		mvc.perform(get("/api/v1/notifications").param("size", "5000").with(SliceSignIn.as(identity, Role.OFFICER)))
			.andExpect(status().isOk());
		mvc.perform(post("/api/v1/notifications/read").with(csrf()).with(SliceSignIn.as(identity, Role.OFFICER)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.marked").value(4));
	}
}
