package se.fuel.applications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;

class ApplicationStatusTest {

	@Test
	void onlyTheCommitteesThreeOutcomesAreDecided() {
		assertThat(EnumSet.allOf(ApplicationStatus.class)).filteredOn(ApplicationStatus::decided)
			.containsExactlyInAnyOrder(ApplicationStatus.GRANTED, ApplicationStatus.PARTIALLY_GRANTED,
					ApplicationStatus.REJECTED);
	}

	@Test
	void aDecidedApplicationIsStillWithTheFundButAReturnedOrWithdrawnOneIsNot() {
		assertThat(EnumSet.allOf(ApplicationStatus.class)).filteredOn(ApplicationStatus::withTheFund)
			.containsExactlyInAnyOrder(ApplicationStatus.SUBMITTED, ApplicationStatus.GRANTED,
					ApplicationStatus.PARTIALLY_GRANTED, ApplicationStatus.REJECTED);
	}

	@Test
	void noDecidedApplicationCanBeEditedAgain() {
		assertThat(EnumSet.allOf(ApplicationStatus.class)).filteredOn(ApplicationStatus::decided)
			.noneMatch(ApplicationStatus::editable);
	}
}
