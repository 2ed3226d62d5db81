package se.fuel.grants.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.fuel.common.Text;
import se.fuel.common.Violation;
import se.fuel.common.ViolationException;
import se.fuel.common.web.FormInput;
import se.fuel.grants.GrantMoney;
import se.fuel.grants.PaymentInput;
import se.fuel.grants.RepaymentNoticeInput;

/** The forms on a grant's page: payments and repayments (officers), the repayment notice (the organisation). */
@Controller
class GrantMoneyController {

	private final GrantMoney money;

	private final GrantController pages;

	GrantMoneyController(GrantMoney money, GrantController pages) {
		this.money = money;
		this.pages = pages;
	}

	@PostMapping("/grants/{id}/payments")
	String payment(@PathVariable UUID id, @RequestParam(required = false) String paidOn,
			@RequestParam(required = false) String amount, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		var unreadable = new ArrayList<Violation>();
		var input = new PaymentInput(
				FormInput.date(paidOn, "paidOn", Text.of("grants.money.payment.date"), unreadable),
				FormInput.kronor(amount, "amount", Text.of("grants.money.payment.amount"), unreadable));
		return save(id, "payment", unreadable, typed("payment", paidOn, amount, null), model, response, () -> {
			money.recordPayment(id, input);
			redirect.addFlashAttribute("saved", "grants.saved.payment");
		});
	}

	@PostMapping("/grants/{id}/repayments")
	String repayment(@PathVariable UUID id, @RequestParam(required = false) String paidOn,
			@RequestParam(required = false) String amount, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		var unreadable = new ArrayList<Violation>();
		var input = new PaymentInput(
				FormInput.date(paidOn, "paidOn", Text.of("grants.money.repayment.date"), unreadable),
				FormInput.kronor(amount, "amount", Text.of("grants.money.repayment.amount"), unreadable));
		return save(id, "repayment", unreadable, typed("repayment", paidOn, amount, null), model, response, () -> {
			money.recordRepayment(id, input);
			redirect.addFlashAttribute("saved", "grants.saved.repayment");
		});
	}

	@PostMapping("/grants/{id}/repayment-notice")
	String notice(@PathVariable UUID id, @RequestParam(required = false) String amount,
			@RequestParam(required = false) String note, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		var unreadable = new ArrayList<Violation>();
		var input = new RepaymentNoticeInput(
				FormInput.kronor(amount, "amount", Text.of("grants.money.notice.amount"), unreadable), note);
		return save(id, "notice", unreadable, typed("notice", null, amount, note), model, response, () -> {
			money.notifyRepayment(id, input);
			redirect.addFlashAttribute("saved", "grants.saved.notice");
		});
	}

	@PostMapping("/grants/{id}/status")
	String status(@PathVariable UUID id, @RequestParam String action, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		return save(id, "status", List.of(), typed("status", null, null, null), model, response, () -> {
			if ("close".equals(action)) {
				money.close(id);
			}
			else {
				money.markInProgress(id);
			}
			redirect.addFlashAttribute("saved", "grants.saved.status");
		});
	}

	@GetMapping("/grants/payments.csv")
	ResponseEntity<byte[]> paymentsCsv(@RequestParam int year) {
		return csv(money.paymentInstructionsCsv(year), "utbetalningar-" + year + ".csv");
	}

	@GetMapping("/grants/decisions/{documentId}/payments.csv")
	ResponseEntity<byte[]> decisionPaymentsCsv(@PathVariable UUID documentId) {
		return csv(money.paymentInstructionsCsv(documentId), "utbetalningar-beslut-" + documentId + ".csv");
	}

	/** The CSV as a download under the file name. */
	private static ResponseEntity<byte[]> csv(String csv, String filename) {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"")
			.body(csv.getBytes(StandardCharsets.UTF_8));
	}

	/** Saves unless the input could not be read; a refusal shows the grant's page again with the form's fields. */
	private String save(UUID id, String form, List<Violation> unreadable, Map<String, String> typed, Model model,
			HttpServletResponse response, Runnable save) {
		if (!unreadable.isEmpty()) {
			return pages.rejected(id, form, unreadable, typed, model, response);
		}
		try {
			save.run();
			return "redirect:/grants/" + id;
		}
		catch (ViolationException e) {
			return pages.rejected(id, form, e.violations(), typed, model, response);
		}
	}

	private static Map<String, String> typed(String form, String paidOn, String amount, String note) {
		var typed = new LinkedHashMap<String, String>();
		typed.put(form + "-paidOn", paidOn);
		typed.put(form + "-amount", amount);
		typed.put(form + "-note", note);
		return typed;
	}
}
