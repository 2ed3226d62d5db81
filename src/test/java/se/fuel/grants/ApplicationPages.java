package se.fuel.grants;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The application form as a page posts it, filled in and submitted. */
final class ApplicationPages {

	private ApplicationPages() {
	}

	static MockHttpServletRequestBuilder project(MockHttpServletRequestBuilder request, String title) {
		return request.param("title", title)
			.param("contactName", "Test")
			.param("contactEmail", "test@stockholm.example")
			.param("targetGroup", "Unga vuxna")
			.param("problem", "Problem")
			.param("goals", "Mål")
			.param("method", "Metod")
			.param("implementationPlan", "Plan")
			.param("genderAnalysis", "Analys")
			.param("budgetLines[0].description", "Lön")
			.param("budgetLines[0].amount", "100000")
			.param("requestedAmount", "100000")
			.param("startDate", "2027-02-01")
			.param("endDate", "2027-11-30")
			.param("action", "submit")
			.with(csrf());
	}
}
