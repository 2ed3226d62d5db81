package se.fuel.grants.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.fuel.common.ViolationException;
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
		try {
			money.recordPayment(id, new PaymentInput(date(paidOn), number(amount)));
			redirect.addFlashAttribute("saved", "grants.saved.payment");
			return "redirect:/grants/" + id;
		}
		catch (ViolationException e) {
			return rejected(id, "payment", e, model, response, paidOn, amount, null);
		}
	}

	@PostMapping("/grants/{id}/repayments")
	String repayment(@PathVariable UUID id, @RequestParam(required = false) String paidOn,
			@RequestParam(required = false) String amount, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		try {
			money.recordRepayment(id, new PaymentInput(date(paidOn), number(amount)));
			redirect.addFlashAttribute("saved", "grants.saved.repayment");
			return "redirect:/grants/" + id;
		}
		catch (ViolationException e) {
			return rejected(id, "repayment", e, model, response, paidOn, amount, null);
		}
	}

	@PostMapping("/grants/{id}/repayment-notice")
	String notice(@PathVariable UUID id, @RequestParam(required = false) String amount,
			@RequestParam(required = false) String note, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		try {
			money.notifyRepayment(id, new RepaymentNoticeInput(number(amount), note));
			redirect.addFlashAttribute("saved", "grants.saved.notice");
			return "redirect:/grants/" + id;
		}
		catch (ViolationException e) {
			return rejected(id, "notice", e, model, response, null, amount, note);
		}
	}

	@PostMapping("/grants/{id}/status")
	String status(@PathVariable UUID id, @RequestParam String action, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		try {
			if ("close".equals(action)) {
				money.close(id);
			}
			else {
				money.markInProgress(id);
			}
			redirect.addFlashAttribute("saved", "grants.saved.status");
			return "redirect:/grants/" + id;
		}
		catch (ViolationException e) {
			return rejected(id, "status", e, model, response, null, null, null);
		}
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

	private String rejected(UUID id, String form, ViolationException e, Model model, HttpServletResponse response,
			String paidOn, String amount, String note) {
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		var errors = new LinkedHashMap<String, String>();
		e.violations().forEach(v -> errors.putIfAbsent(form + "-" + v.field(), v.message().toString()));
		model.addAttribute("violations", e.violations());
		model.addAttribute("errors", errors);
		model.addAttribute("form", form);
		var typed = new LinkedHashMap<String, String>();
		typed.put(form + "-paidOn", paidOn);
		typed.put(form + "-amount", amount);
		typed.put(form + "-note", note);
		model.addAttribute("typed", typed);
		return pages.show(id, model);
	}

	private static LocalDate date(String value) {
		try {
			return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}

	/** Whole kronor, with or without spaces between thousands; null when not a whole number. */
	private static Long number(String value) {
		if (value == null) {
			return null;
		}
		String digits = value.replace(" ", "").replace("\u00a0", "").strip();
		try {
			return digits.isEmpty() ? null : Long.parseLong(digits);
		}
		catch (NumberFormatException e) {
			return null;
		}
	}
}
