package se.fuel.knowledge.api;

import java.util.List;
import java.util.UUID;

import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import se.fuel.knowledge.KnowledgeSearch;
import se.fuel.knowledge.KnowledgeSearch.Query;
import se.fuel.knowledge.SimilarItems;

@RestController
@RequestMapping("/api/v1/knowledge")
@Tag(name = "Kunskapsbank")
class KnowledgeSearchApi {

	private final KnowledgeSearch search;
	private final SimilarItems similarItems;

	KnowledgeSearchApi(KnowledgeSearch search, SimilarItems similarItems) {
		this.search = search;
		this.similarItems = similarItems;
	}

	@GetMapping("/{id}/similar")
	@Operation(summary = "Liknande projekt: de fem mest lika publicerade objekten, med varför de liknar")
	List<SimilarItems.Similar> similar(@PathVariable UUID id) {
		return similarItems.similarTo(id);
	}

	@PostMapping("/similar")
	@Operation(summary = "Liknande tidigare projekt till en ansökans texter (handläggare, FoU-rådet)")
	List<SimilarItems.Similar> similarToTexts(@RequestBody SimilarItems.Texts texts) {
		return similarItems.similarTo(texts);
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
