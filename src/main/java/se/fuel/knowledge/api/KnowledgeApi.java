package se.fuel.knowledge.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import se.fuel.common.web.EntityTags;
import se.fuel.knowledge.KnowledgeArea;
import se.fuel.knowledge.KnowledgeAttachmentView;
import se.fuel.knowledge.KnowledgeBank;
import se.fuel.knowledge.KnowledgeItemInput;
import se.fuel.knowledge.KnowledgeItemView;
import se.fuel.knowledge.KnowledgeVersionView;

/** The knowledge bank as JSON; the same service and so the same authorization as the pages. */
@RestController
@RequestMapping("/api/v1/knowledge")
@Tag(name = "Kunskapsbank", description = "Projektplaner, förstudier, rapporter, reserapporter och metoder")
class KnowledgeApi {

	private final KnowledgeBank bank;

	KnowledgeApi(KnowledgeBank bank) {
		this.bank = bank;
	}

	/** One page of items. */
	record ItemPage(List<KnowledgeItemView> items, int page, int size, long total, int pages) {
	}

	@GetMapping
	@Operation(summary = "Publicerade objekt, nyaste år först (alla inloggade)")
	ItemPage published(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		var result = bank.published(page, size);
		return new ItemPage(result.getContent(), result.getNumber(), result.getSize(), result.getTotalElements(),
				result.getTotalPages());
	}

	@GetMapping("/drafts")
	@Operation(summary = "Utkast och avpublicerade objekt (handläggare)")
	List<KnowledgeItemView> drafts() {
		return bank.drafts();
	}

	@GetMapping("/areas")
	@Operation(summary = "Områden i taxonomin")
	List<KnowledgeArea> areas() {
		return bank.areas();
	}

	@GetMapping("/{id}")
	@Operation(summary = "Ett objekt med version (även som ETag); 404 för ett utkast om man inte är handläggare")
	ResponseEntity<KnowledgeItemView> item(@PathVariable UUID id) {
		var item = bank.item(id);
		return EntityTags.ok(item, item.version());
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Skapar ett utkast (handläggare)")
	KnowledgeItemView create(@RequestBody KnowledgeItemInput input) {
		return bank.create(input);
	}

	/** A change, with the version it was made on when the client does not send If-Match. */
	record Change(@JsonUnwrapped KnowledgeItemInput input, Long version) implements EntityTags.VersionedBody {
	}

	@PutMapping("/{id}")
	@Operation(summary = "Ändrar ett objekt (handläggare). Med If-Match eller version i kroppen: 412 respektive 409 om "
			+ "någon annan har ändrat objektet sedan dess")
	ResponseEntity<KnowledgeItemView> update(@PathVariable UUID id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, @RequestBody Change change) {
		var saved = bank.update(id, change.input(), change.opened(ifMatch));
		return EntityTags.ok(saved, saved.version());
	}

	@PostMapping("/{id}/publish")
	@Operation(summary = "Publicerar efter kontroll (t.ex. inga personnummer); 422 med överträdelserna annars")
	KnowledgeItemView publish(@PathVariable UUID id) {
		return bank.publish(id);
	}

	@PostMapping("/{id}/unpublish")
	@Operation(summary = "Avpublicerar (handläggare)")
	KnowledgeItemView unpublish(@PathVariable UUID id) {
		return bank.unpublish(id);
	}

	@GetMapping("/{id}/versions")
	@Operation(summary = "Publicerade versioner (handläggare)")
	List<KnowledgeVersionView> versions(@PathVariable UUID id) {
		return bank.versions(id);
	}

	@PostMapping(path = "/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Bifogar en fil: PDF, Word eller Excel, högst 10 MB (handläggare)")
	KnowledgeAttachmentView attach(@PathVariable UUID id, @RequestParam("file") MultipartFile file) {
		try {
			return bank.attach(id, file.getOriginalFilename(), file.getSize(), file.getInputStream());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@DeleteMapping("/{id}/attachments/{attachmentId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Tar bort en bifogad fil (handläggare)")
	void removeAttachment(@PathVariable UUID id, @PathVariable UUID attachmentId) {
		bank.removeAttachment(id, attachmentId);
	}
}
