package se.fuel.knowledge.api;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import se.fuel.knowledge.KnowledgeSubscriptionView;
import se.fuel.knowledge.KnowledgeSubscriptions;
import se.fuel.knowledge.SubscriptionKind;

/** The signed-in user's subscriptions as JSON; the same service and authorization as "Mina bevakningar". */
@RestController
@RequestMapping("/api/v1/knowledge/subscriptions")
@Tag(name = "Bevakningar", description = "Område, målgrupp eller sparad sökning i kunskapsbanken; e-post när något nytt publiceras")
class SubscriptionsApi {

	private final KnowledgeSubscriptions subscriptions;

	SubscriptionsApi(KnowledgeSubscriptions subscriptions) {
		this.subscriptions = subscriptions;
	}

	/**
	 * @param value AREA: the area's code; TARGET_GROUP: the target group; SEARCH: a query string of q and the facets,
	 * e.g. {@code q=boendestöd&area=missbruk}
	 */
	record SubscriptionInput(SubscriptionKind kind, String value) {
	}

	@GetMapping
	@Operation(summary = "Mina bevakningar, nyaste först")
	List<KnowledgeSubscriptionView> mine() {
		return subscriptions.mine();
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Bevakar ett område, en målgrupp eller en sökning (kind AREA, TARGET_GROUP, SEARCH)")
	KnowledgeSubscriptionView subscribe(@RequestBody SubscriptionInput input) {
		return subscriptions.subscribe(input.kind(), input.value());
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Tar bort en egen bevakning; 404 för någon annans")
	void unsubscribe(@PathVariable UUID id) {
		subscriptions.unsubscribe(id);
	}
}
