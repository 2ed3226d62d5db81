package se.fuel.knowledge.api;

import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import se.fuel.knowledge.KnowledgeSearch;
import se.fuel.knowledge.KnowledgeSearch.Query;

@RestController
@RequestMapping("/api/v1/knowledge")
@Tag(name = "Kunskapsbank")
class KnowledgeSearchApi {

	private final KnowledgeSearch search;

	KnowledgeSearchApi(KnowledgeSearch search) {
		this.search = search;
	}

	@GetMapping("/search")
	@Operation(summary = "Sök bland publicerade objekt",
			description = "q: fritext på svenska; filter som upprepade parametrar kind, year, area, targetGroup, "
					+ "organisation, programme, implemented; order: RELEVANCE, YEAR_DESC, YEAR_ASC; page från 1; size.")
	KnowledgeSearch.Result search(@RequestParam MultiValueMap<String, String> parameters) {
		return search.search(Query.fromParameters(parameters, 10));
	}

	@GetMapping("/index")
	@Operation(summary = "Hur långt ombyggnaden av sökindexet har kommit (handläggare)")
	KnowledgeSearch.IndexingProgress indexing() {
		return search.indexing();
	}

	@PostMapping("/index")
	@Operation(summary = "Bygg om sökindexet från databasen (handläggare)")
	KnowledgeSearch.IndexingProgress rebuild() {
		search.rebuildIndex();
		return search.indexing();
	}
}
