package se.fuel.knowledge.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.fuel.common.web.FormSubmission;
import se.fuel.knowledge.KnowledgeBank;
import se.fuel.knowledge.KnowledgeReportDrafts;

/** Publishing or discarding the approved report's draft that waits on a published item. */
@Controller
@RequestMapping("/knowledge/{id}/report-draft")
class KnowledgeReportDraftController {

	private final KnowledgeReportDrafts reportDrafts;

	private final KnowledgeBank bank;

	private final KnowledgeController pages;

	KnowledgeReportDraftController(KnowledgeReportDrafts reportDrafts, KnowledgeBank bank, KnowledgeController pages) {
		this.reportDrafts = reportDrafts;
		this.bank = bank;
		this.pages = pages;
	}

	@PostMapping("/publish")
	String publish(@PathVariable UUID id, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return act(id, () -> reportDrafts.publish(id), "knowledge.saved.reportDraftPublished", model, redirect,
				response);
	}

	@PostMapping("/discard")
	String discard(@PathVariable UUID id, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return act(id, () -> reportDrafts.discard(id), "knowledge.saved.reportDraftDiscarded", model, redirect,
				response);
	}

	/** The item page again, with what was done or with the violations that stopped it. */
	private String act(UUID id, Runnable action, String saved, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		return FormSubmission.submit(model, response, () -> {
			action.run();
			redirect.addFlashAttribute("saved", saved);
			return "redirect:/knowledge/" + id;
		}, () -> pages.page(bank.item(id), model));
	}
}
