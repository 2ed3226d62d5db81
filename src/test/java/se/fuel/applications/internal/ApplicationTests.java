package se.fuel.applications.internal;

import se.fuel.applications.ApplicationStatus;
import se.fuel.applications.ApplicationContent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import se.fuel.calls.ApplicationSection;

class ApplicationTests {

	static final UUID LEAD = UUID.randomUUID();

	static final Instant NOW = Instant.parse("2027-02-01T09:00:00Z");

	static ApplicationContent content(String title) {
		return new ApplicationContent(title, "Namn", "a@b.se", null,
				Map.of(ApplicationSection.problem, "Problem", ApplicationSection.goals, "  "), List.of(),
				List.of(new ApplicationContent.Line("Lön", 100)), 100L, null, null, Set.of(LEAD, UUID.randomUUID()),
				null, null, null, false);
	}

	@Test
	void a_new_application_is_a_draft_without_registration_number_and_never_its_own_partner() {
		var a = new Application(UUID.randomUUID(), LEAD, content("Titel"), NOW);
		assertThat(a.status()).isEqualTo(ApplicationStatus.DRAFT);
		assertThat(a.registrationNumber()).isNull();
		assertThat(a.partnerOrganisationIds()).hasSize(1).doesNotContain(LEAD);
		assertThat(a.texts()).containsOnlyKeys(ApplicationSection.problem);
	}

	@Test
	void a_returned_application_keeps_its_registration_number_when_submitted_again() {
		var a = new Application(UUID.randomUUID(), LEAD, content("Titel"), NOW);
		a.submit(NOW, "FoU 2027/0001", List.of("varning"));
		assertThat(a.registrationNumber()).isEqualTo("FoU 2027/0001");
		assertThat(a.warnings()).containsExactly("varning");
		a.returnForCompletion("Komplettera", NOW);
		assertThat(a.status()).isEqualTo(ApplicationStatus.RETURNED);
		a.edit(content("Ny titel"), NOW);
		a.submit(NOW, "FoU 2027/0099", List.of());
		assertThat(a.registrationNumber()).isEqualTo("FoU 2027/0001");
		assertThat(a.status()).isEqualTo(ApplicationStatus.SUBMITTED);
	}

	@Test
	void a_submitted_application_cannot_be_edited_or_withdrawn_and_a_draft_cannot_be_returned() {
		var a = new Application(UUID.randomUUID(), LEAD, content("Titel"), NOW);
		assertThatThrownBy(() -> a.returnForCompletion("x", NOW)).isInstanceOf(IllegalStateException.class);
		a.submit(NOW, "FoU 2027/0002", List.of());
		assertThatThrownBy(() -> a.edit(content("x"), NOW)).isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> a.withdraw(NOW)).isInstanceOf(IllegalStateException.class);
	}
}
