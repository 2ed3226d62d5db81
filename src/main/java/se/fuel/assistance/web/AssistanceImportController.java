package se.fuel.assistance.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import se.fuel.audit.AuditTrail;
import se.fuel.common.Violation;
import se.fuel.common.ViolationException;
import se.fuel.assistance.AssistanceImportFormat;
import se.fuel.assistance.AssistanceImportView;
import se.fuel.assistance.AssistanceSeries;
import se.fuel.assistance.DuplicatePolicy;
import se.fuel.common.web.FormSubmission;

/**
 * Officers import economic-assistance figures from CSV or Kolada JSON; the import runs in the background and its
 * page shows a progress bar (htmx polling) until the report: every rejected row with its line, or what was stored.
 */
@Controller
class AssistanceImportController {

	private final AssistanceSeries series;

	private final AuditTrail audit;

	AssistanceImportController(AssistanceSeries series, AuditTrail audit) {
		this.series = series;
		this.audit = audit;
	}

	@GetMapping("/statistics/assistance/import")
	String form(Model model) {
		model.addAttribute("imports", series.recentImports());
		FormSubmission.show(model, List.of());
		model.addAttribute("format", null);
		model.addAttribute("policy", DuplicatePolicy.REFUSE.name());
		return "assistance/import";
	}

	@PostMapping("/statistics/assistance/import")
	String upload(@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String format,
			@RequestParam(required = false) String policy, Model model) throws IOException {
		List<AssistanceImportView> imports = series.recentImports();
		List<Violation> violations = new ArrayList<>();
		if (file == null || file.isEmpty()) {
			violations.add(Violation.of("file", "file-required", "assistance.import.fileRequired"));
		}
		AssistanceImportFormat chosen = parse(AssistanceImportFormat.class, format);
		if (chosen == null && file != null && !file.isEmpty()) {
			String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().toLowerCase();
			chosen = name.endsWith(".json") ? AssistanceImportFormat.KOLADA_JSON : AssistanceImportFormat.CSV;
		}
		DuplicatePolicy duplicates = parse(DuplicatePolicy.class, policy);
		if (duplicates == null) {
			violations.add(Violation.of("policy", "policy-required", "assistance.import.policyRequired"));
		}
		if (violations.isEmpty()) {
			try {
				UUID id = series.startImport(file.getOriginalFilename(), chosen, duplicates, file.getInputStream(),
						file.getSize());
				return "redirect:/statistics/assistance/import/" + id;
			}
			catch (ViolationException e) {
				violations.addAll(e.violations());
			}
		}
		model.addAttribute("imports", imports);
		// The form again as it was, answered 200 as it always has been: the file has to be chosen again anyway.
		FormSubmission.show(model, violations);
		model.addAttribute("format", format);
		model.addAttribute("policy", policy);
		return "assistance/import";
	}

	@GetMapping("/statistics/assistance/import/{id}")
	String show(@PathVariable UUID id, Model model) {
		progress(id, model);
		model.addAttribute("events", audit.page(AssistanceSeries.IMPORT_AUDIT_TYPE, id, 1));
		return "assistance/import-result";
	}

	@GetMapping("/statistics/assistance/import/{id}/progress")
	String progressPartial(@PathVariable UUID id, Model model) {
		progress(id, model);
		return "assistance/partials/import-progress";
	}

	private void progress(UUID id, Model model) {
		AssistanceImportView view = series.importStatus(id);
		long total = series.importTotalRows(id);
		model.addAttribute("imp", view);
		model.addAttribute("total", total);
		model.addAttribute("percent", view.running() ? view.percent(total) : 100);
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, text.trim());
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}
}
