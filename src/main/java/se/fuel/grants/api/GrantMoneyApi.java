package se.fuel.grants.api;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.fuel.common.Violation;
import se.fuel.common.ViolationException;
import se.fuel.common.NotFoundException;
import se.fuel.grants.DecisionPayments;
import se.fuel.grants.GrantFinances;
import se.fuel.grants.GrantMoney;
import se.fuel.grants.GrantStatus;
import se.fuel.grants.GrantView;
import se.fuel.grants.Grants;
import se.fuel.grants.PaymentInput;
import se.fuel.grants.RepaymentNoticeInput;
import se.fuel.identity.Identity;
import se.fuel.identity.Role;

/** Payments and repayments of grants as JSON, and the payment instructions as CSV; same service as the pages. */
@RestController
@Tag(name = "Utbetalningar och återbetalningar", description = "Utbetalningar, anmälan om återbetalning och inbetalda återbetalningar")
class GrantMoneyApi {

	private final GrantMoney money;

	private final Grants grants;

	private final Identity identity;

	GrantMoneyApi(GrantMoney money, Grants grants, Identity identity) {
		this.money = money;
		this.grants = grants;
		this.identity = identity;
	}

	/** The status the officer moves the grant to, as on the grant's page: IN_PROGRESS (Pågår) or CLOSED. */
	record StatusChange(String status) {
	}

	@PutMapping("/api/v1/grants/{id}/status")
	@Operation(summary = "Handläggaren markerar bidraget som pågående (IN_PROGRESS) eller avslutar det (CLOSED); "
			+ "422 för andra värden")
	GrantView status(@PathVariable UUID id, @RequestBody StatusChange change) {
		if (GrantStatus.CLOSED.name().equals(change.status())) {
			money.close(id);
		}
		else if (GrantStatus.IN_PROGRESS.name().equals(change.status())) {
			money.markInProgress(id);
		}
		else {
			// Only an officer learns that the value is wrong; anyone else is refused as for a right one.
			identity.require(Role.OFFICER, Role.ADMIN);
			throw new ViolationException(Violation.of("status", "allowed", "grants.rule.status.allowed"));
		}
		return grants.find(id).orElseThrow(() -> new NotFoundException("grant " + id));
	}

	@GetMapping("/api/v1/grants/{id}/finances")
	@Operation(summary = "Utbetalt, anmäld och mottagen återbetalning för ett bidrag")
	GrantFinances finances(@PathVariable UUID id) {
		return money.finances(id);
	}

	@PostMapping("/api/v1/grants/{id}/payments")
	@Operation(summary = "Handläggaren registrerar en utbetalning (datum, belopp)")
	GrantFinances payment(@PathVariable UUID id, @RequestBody PaymentInput input) {
		return money.recordPayment(id, input);
	}

	@PostMapping("/api/v1/grants/{id}/repayment-notice")
	@Operation(summary = "Förvaltningen anmäler belopp som inte används och ska återbetalas")
	GrantFinances notice(@PathVariable UUID id, @RequestBody RepaymentNoticeInput input) {
		return money.notifyRepayment(id, input);
	}

	@PostMapping("/api/v1/grants/{id}/repayments")
	@Operation(summary = "Handläggaren registrerar en mottagen återbetalning (datum, belopp)")
	GrantFinances repayment(@PathVariable UUID id, @RequestBody PaymentInput input) {
		return money.recordRepayment(id, input);
	}

	@GetMapping("/api/v1/grants/payments.csv")
	@Operation(summary = "Utbetalningsunderlag för ekonomisystemet, ett år (CSV, UTF-8 med BOM, semikolon)")
	ResponseEntity<byte[]> paymentsCsv(@RequestParam int year) {
		return csv(money.paymentInstructionsCsv(year), "utbetalningar-" + year + ".csv");
	}

	@GetMapping("/api/v1/grants/decisions")
	@Operation(summary = "Nämndens beslut som beviljat medel, med beviljat och utbetalt per beslut")
	List<DecisionPayments> decisions(@RequestParam(required = false) Integer year) {
		return money.decisions(year);
	}

	@GetMapping("/api/v1/grants/decisions/{documentId}/payments.csv")
	@Operation(summary = "Utbetalningsunderlag för ekonomisystemet, ett beslut (CSV, UTF-8 med BOM, semikolon)")
	ResponseEntity<byte[]> decisionPaymentsCsv(@PathVariable UUID documentId) {
		return csv(money.paymentInstructionsCsv(documentId), "utbetalningar-beslut-" + documentId + ".csv");
	}

	private static ResponseEntity<byte[]> csv(String csv, String filename) {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"")
			.body(csv.getBytes(StandardCharsets.UTF_8));
	}
}
