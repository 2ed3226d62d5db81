package se.fuel.decisions.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import se.fuel.decisions.DecisionDocuments;

/** The attestant's list of decision documents waiting for their attestation ("Att attestera"). */
@Controller
class AttestationController {

	private final DecisionDocuments documents;

	AttestationController(DecisionDocuments documents) {
		this.documents = documents;
	}

	@GetMapping("/decisions/attest")
	String waiting(Model model) {
		model.addAttribute("documents", documents.awaitingMyAttestation());
		return "decisions/attest-list";
	}
}
