package se.fuel.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.UUID;

import org.springframework.context.ApplicationContext;
import se.fuel.assessment.AssessmentInput;
import se.fuel.assessment.AssessmentInput.CriterionAnswer;
import se.fuel.assessment.Assessments;
import se.fuel.assessment.Recommendation;
import se.fuel.calls.CallAdministration;
import se.fuel.calls.CallView;
import se.fuel.calls.TestCall;
import se.fuel.decisions.OwnRounds;
import se.fuel.testdata.FundCycle;
import se.fuel.testdata.TestData;

/**
 * What the browser tests of calls, applications, assessments and decisions make before the browser walks its
 * journey: calls with a real call's rules, assessments of those calls, and the API as a second browser or program of
 * a test's own account reaches it over HTTP (the browser's application runs on a port with a database of its own).
 * People, districts and plain rounds come from {@link TestData}, {@link FundCycle} and {@link OwnRounds}.
 */
final class RoundJourneys {

	final TestData data;

	final FundCycle cycle;

	final OwnRounds rounds;

	private final CallAdministration calls;

	private final Assessments assessments;

	private final String baseUrl;

	private final HttpClient http = HttpClient.newHttpClient();

	RoundJourneys(ApplicationContext context, String baseUrl) {
		this.data = context.getBean(TestData.class);
		this.cycle = context.getBean(FundCycle.class);
		this.rounds = new OwnRounds(context);
		this.calls = context.getBean(CallAdministration.class);
		this.assessments = context.getBean(Assessments.class);
		this.baseUrl = baseUrl;
	}

	/** The call created by the fund cycle's officer, as the officer's form would. */
	CallView call(TestCall call) {
		return call.create(data, cycle.officer(), calls);
	}

	/**
	 * The fund cycle's officer recommends the application as given, every main criterion met and every priority area
	 * answered; a rejection gives the first reason category (a main criterion not met) and so marks the first
	 * criterion not met, as the reason must agree with the marks.
	 */
	void assess(UUID applicationId, Recommendation recommendation) {
		data.run(cycle.officer(), () -> {
			var call = calls.visible(assessments.find(applicationId).callId());
			var criteria = new java.util.ArrayList<>(
					Collections.nCopies(call.mainCriteria().size(), new CriterionAnswer(true, "Uppfyllt")));
			if (recommendation == Recommendation.REJECT && !criteria.isEmpty()) {
				criteria.set(0, new CriterionAnswer(false, "Redan prövat"));
			}
			var areas = Collections.nCopies(call.priorityAreas().size(), Boolean.TRUE);
			UUID reason = recommendation == Recommendation.REJECT ? assessments.reasonCategories().get(0).id() : null;
			String motivation = recommendation == Recommendation.REJECT ? "Metoden finns redan." : "Uppfyller kriterierna";
			assessments.record(applicationId,
					new AssessmentInput(criteria, areas, recommendation, null, reason, motivation), null);
		});
	}

	/** The HTTP status the API answers the user's GET of the path with. */
	int status(String username, String path) throws Exception {
		return send(username, "GET", path, null, null).statusCode();
	}

	/** A request to the API as the user with HTTP Basic, JSON in and out; {@code ifMatch} may be null. */
	HttpResponse<String> send(String username, String method, String path, String json, String ifMatch)
			throws Exception {
		String basic = Base64.getEncoder()
			.encodeToString((username + ":" + TestData.PASSWORD).getBytes(StandardCharsets.UTF_8));
		var request = HttpRequest.newBuilder(URI.create(baseUrl + path))
			.header("Authorization", "Basic " + basic)
			.header("Content-Type", "application/json")
			.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
		if (ifMatch != null) {
			request.header("If-Match", ifMatch);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}
}
