package se.fuel.knowledge.web;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.fuel.common.web.FormSubmission;
import se.fuel.knowledge.KnowledgeAreas;

/** The officers' page of the area taxonomy: add, rename, retire, reinstate and delete an unused area. */
@Controller
@RequestMapping("/knowledge/areas")
class AreaController {

	private final KnowledgeAreas areas;

	AreaController(KnowledgeAreas areas) {
		this.areas = areas;
	}

	@GetMapping
	String list(Model model) {
		return page("", "", model);
	}

	@PostMapping
	String add(@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String label,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return change(() -> areas.add(code, label), "knowledge.areas.saved.added", code, label, model, redirect,
				response);
	}

	@PostMapping("/{code}")
	String rename(@PathVariable String code, @RequestParam(defaultValue = "") String label, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return change(() -> areas.rename(code, label), "knowledge.areas.saved.renamed", "", "", model, redirect,
				response);
	}

	@PostMapping("/{code}/retire")
	String retire(@PathVariable String code, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		return change(() -> areas.retire(code), "knowledge.areas.saved.retired", "", "", model, redirect, response);
	}

	@PostMapping("/{code}/reinstate")
	String reinstate(@PathVariable String code, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		return change(() -> areas.reinstate(code), "knowledge.areas.saved.reinstated", "", "", model, redirect,
				response);
	}

	@PostMapping("/{code}/delete")
	String delete(@PathVariable String code, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return change(() -> areas.delete(code), "knowledge.areas.saved.deleted", "", "", model, redirect, response);
	}

	private String change(Runnable action, String saved, String code, String label, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return FormSubmission.submit(model, response, () -> {
			action.run();
			redirect.addFlashAttribute("saved", saved);
			return "redirect:/knowledge/areas";
		}, () -> page(code, label, model));
	}

	private String page(String code, String label, Model model) {
		if (!model.containsAttribute("violations")) {
			FormSubmission.show(model, List.of());
		}
		model.addAttribute("areas", areas.all());
		model.addAttribute("code", code);
		model.addAttribute("label", label);
		return "knowledge/areas";
	}
}
