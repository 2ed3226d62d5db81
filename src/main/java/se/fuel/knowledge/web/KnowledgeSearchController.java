package se.fuel.knowledge.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import se.fuel.identity.Identity;
import se.fuel.identity.Role;
import se.fuel.knowledge.KnowledgeSearch;
import se.fuel.knowledge.KnowledgeSearch.Order;
import se.fuel.knowledge.KnowledgeSearch.Query;
import se.fuel.knowledge.SimilarItems;

/** The knowledge bank's front page: a Swedish search with facets, and the officer's index rebuild. */
@Controller
@RequestMapping("/knowledge")
class KnowledgeSearchController {

	static final int PAGE_SIZE = 10;

	private final KnowledgeSearch search;
	private final SimilarItems similarItems;
	private final Identity identity;

	KnowledgeSearchController(KnowledgeSearch search, SimilarItems similarItems, Identity identity) {
		this.search = search;
		this.similarItems = similarItems;
		this.identity = identity;
	}

	/** The search page; to htmx (a changed facet) only the facets, the hits and the follow buttons. */
	@GetMapping
	String search(@RequestParam MultiValueMap<String, String> parameters,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		Query query = Query.fromParameters(parameters, PAGE_SIZE);
		KnowledgeSearch.Result result = search.search(query);
		model.addAttribute("result", result);
		model.addAttribute("orders", Order.values());
		model.addAttribute("officer", identity.current().is(Role.OFFICER, Role.ADMIN));
		model.addAttribute("pageLinks", pageLinks(parameters, result.pages()));
		model.addAttribute("savedSearch", se.fuel.knowledge.SavedSearch.of(query));
		return htmx == null ? "knowledge/search" : "knowledge/partials/search-results :: htmx";
	}

	/** "Liknande projekt" of an item, loaded into its page. */
	@GetMapping("/{id}/similar")
	String similar(@PathVariable UUID id, Model model) {
		model.addAttribute("similar", similarItems.similarTo(id));
		return "knowledge/partials/similar";
	}

	@GetMapping("/index")
	String index(Model model) {
		model.addAttribute("progress", search.indexing());
		return "knowledge/index";
	}

	/** The progress bar alone, which the index page polls while a rebuild runs. */
	@GetMapping("/index/progress")
	String progress(Model model) {
		model.addAttribute("progress", search.indexing());
		return "knowledge/partials/index-progress";
	}

	@PostMapping("/index")
	String rebuild() {
		search.rebuildIndex();
		return "redirect:/knowledge/index";
	}

	/** The same search on every page, page number by page number (index 0 is page 1). */
	private static List<String> pageLinks(MultiValueMap<String, String> parameters, int pages) {
		List<String> links = new ArrayList<>();
		for (int page = 1; page <= pages; page++) {
			links.add(UriComponentsBuilder.fromPath("/knowledge").queryParams(parameters)
				.replaceQueryParam("page", page).build().encode().toUriString());
		}
		return links;
	}
}
