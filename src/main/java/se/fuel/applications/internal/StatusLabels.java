package se.fuel.applications.internal;

import se.fuel.applications.domain.ApplicationStatus;

/** The Swedish names of an application's statuses, for messages built in code. */
final class StatusLabels {

	private StatusLabels() {
	}

	static String of(ApplicationStatus status) {
		return switch (status) {
			case DRAFT -> "Utkast";
			case SUBMITTED -> "Inskickad";
			case RETURNED -> "Återsänd för komplettering";
			case WITHDRAWN -> "Återtagen";
		};
	}
}
