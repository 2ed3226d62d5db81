package se.fuel.decisions.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.fuel.common.Versions;
import se.fuel.common.web.EntityTags;
import se.fuel.common.Violation;
import se.fuel.common.ViolationException;
import se.fuel.decisions.AllocationView;
import se.fuel.decisions.Allocations;
import se.fuel.decisions.DocumentView;
import se.fuel.decisions.RoundStatus;
import se.fuel.decisions.RoundTexts;
import se.fuel.decisions.VersionedTexts;
import se.fuel.decisions.web.AllocationWorkbook;

/** The allocation workbench as JSON; the same service and so the same authorization as the pages. */
@RestController
@RequestMapping("/api/v1/allocations")
@Tag(name = "Fördelning", description = "Ett års fördelning av LUM och MUL mot budget och tak (bara FoU-handläggare)")
class AllocationApi {

	private final Allocations allocations;

	private final MessageSource messages;

	AllocationApi(Allocations allocations, MessageSource messages) {
		this.messages = messages;
		this.allocations = allocations;
	}

	/** A proposed amount in whole kronor. */
	/** @param version the line's {@code version} as read, to refuse a change made on an older copy; may be left out */
	record AmountRequest(Long amount, Long version) implements EntityTags.VersionedBody {
	}

	/** The document version a finalising created. */
	record FinalisedJson(UUID id, int year, int version, RoundStatus status) {

		static FinalisedJson of(DocumentView document) {
			return new FinalisedJson(document.id(), document.year(), document.version(), document.status());
		}
	}

	@GetMapping
	@Operation(summary = "År med utlysningar, nyast först")
	List<Integer> years() {
		return allocations.years();
	}

	@GetMapping("/{year}")
	@Operation(summary = "Årets fördelning med summor per utlysning, antal per förvaltning och vad som hindrar fastställande")
	AllocationView get(@PathVariable int year) {
		return allocations.allocation(year);
	}

	@PutMapping("/{year}/lines/{applicationId}")
	@Operation(summary = "Ändra föreslaget belopp för en bedömd ansökan som inte avslås (1 till sökt belopp). Med "
			+ "If-Match eller fältet version (radens version) vägras en ändring på en äldre version: 412 respektive 409")
	ResponseEntity<AllocationView> change(@PathVariable int year, @PathVariable UUID applicationId,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestBody AmountRequest request) {
		if (request == null || request.amount() == null) {
			allocations.allocation(year);
			throw new ViolationException(Violation.of("amount", "required", "decisions.allocation.amountRequired"));
		}
		return withLineVersion(allocations.changeAmount(year, applicationId, request.amount(),
				request.opened(ifMatch)), applicationId);
	}

	/** The answer is the whole year; its entity tag is the changed line's, the one a next change hands back. */
	private static ResponseEntity<AllocationView> withLineVersion(AllocationView view, UUID applicationId) {
		var answer = ResponseEntity.ok();
		view.lines().stream().filter(l -> l.applicationId().equals(applicationId)).findFirst()
			.ifPresent(l -> answer.eTag(Versions.etag(l.version())));
		return answer.body(view);
	}

	@DeleteMapping("/{year}/lines/{applicationId}")
	@Operation(summary = "Återställ föreslaget belopp till bedömningens rekommendation; med If-Match (radens version) "
			+ "vägras en återställning på en äldre version med 412")
	ResponseEntity<AllocationView> reset(@PathVariable int year, @PathVariable UUID applicationId,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return withLineVersion(allocations.resetAmount(year, applicationId, Versions.fromIfMatch(ifMatch)),
				applicationId);
	}

	/**
	 * A rejection recommended from the workbench.
	 * @param version the assessment's {@code version} as read (GET /api/v1/assessments/{id}); may be left out
	 */
	record RejectionRequest(UUID reasonCategoryId, String motivation, Long version) implements EntityTags.VersionedBody {
	}

	@PostMapping("/{year}/lines/{applicationId}/rejection")
	@Operation(summary = "Föreslå avslag för en av årets ansökningar med avslagsgrund och motivering; bedömningens "
			+ "kriterier och områden står kvar och avslagsgrunden ska stämma med dem (422 annars). Med If-Match eller "
			+ "fältet version (bedömningens version) vägras ett avslag på en äldre version: 412 respektive 409")
	AllocationView reject(@PathVariable int year, @PathVariable UUID applicationId,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestBody RejectionRequest request) {
		return allocations.reject(year, applicationId, request.reasonCategoryId(), request.motivation(),
				request.opened(ifMatch));
	}

	@GetMapping("/{year}/texts")
	@Operation(summary = "Texterna i årets beslutsunderlag")
	ResponseEntity<TextsJson> texts(@PathVariable int year) {
		return TextsJson.answer(allocations.versionedTexts(year));
	}

	/** The texts with their version beside them, as the fields of one object. */
	record TextsJson(@JsonUnwrapped RoundTexts texts, long version) {

		static ResponseEntity<TextsJson> answer(VersionedTexts read) {
			return EntityTags.ok(new TextsJson(read.texts(), read.version()), read.version());
		}
	}

	@PutMapping("/{year}/texts")
	@Operation(summary = "Ändra texterna i årets beslutsunderlag; med If-Match (versionen från GET) vägras en "
			+ "ändring på en äldre version med 412")
	ResponseEntity<TextsJson> changeTexts(@PathVariable int year,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestBody RoundTexts texts) {
		return TextsJson.answer(allocations.changeTexts(year, texts, Versions.fromIfMatch(ifMatch)));
	}

	@PostMapping("/{year}/finalise")
	@Operation(summary = "Fastställ fördelningen till en ny version av beslutsunderlaget; 422 med det som hindrar")
	ResponseEntity<FinalisedJson> finalise(@PathVariable int year) {
		return ResponseEntity.status(HttpStatus.CREATED).body(FinalisedJson.of(allocations.finalise(year)));
	}

	@GetMapping("/{year}.xlsx")
	@Operation(summary = "Fördelningen som Excel-fil (XLSX)")
	ResponseEntity<byte[]> xlsx(@PathVariable int year, Locale locale) throws IOException {
		var out = new ByteArrayOutputStream();
		AllocationWorkbook.write(allocations.allocation(year), messages, locale, out);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(AllocationWorkbook.CONTENT_TYPE))
			.header(HttpHeaders.CONTENT_DISPOSITION, AllocationWorkbook.disposition(year))
			.body(out.toByteArray());
	}
}
