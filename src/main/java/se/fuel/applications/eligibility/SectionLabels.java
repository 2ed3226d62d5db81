package se.fuel.applications.eligibility;

import java.util.Arrays;
import java.util.List;

import se.fuel.calls.ApplicationSection;
import se.fuel.common.Text;

/**
 * The label of every text section of an application, as the applicant sees it in the form and in messages: the
 * calls module's bundle names them ({@code calls.section.*}), so forms, error summaries and rules all say the same.
 */
public final class SectionLabels {

	private SectionLabels() {
	}

	public static Text of(ApplicationSection section) {
		return Text.of("calls.section." + section.name());
	}

	/** Every section's label, in the order of {@link ApplicationSection}. */
	public static List<Text> all() {
		return Arrays.stream(ApplicationSection.values()).map(SectionLabels::of).toList();
	}
}
