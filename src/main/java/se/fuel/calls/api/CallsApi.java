package se.fuel.calls.api;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.fuel.calls.ApplicationForm;
import se.fuel.calls.CallAdministration;
import se.fuel.calls.Programmes;
import se.fuel.calls.ProgrammeView;
import se.fuel.calls.VersionedCall;
import se.fuel.common.web.EntityTags;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Utlysningar", description = "Program och utlysningar med sina regler")
class CallsApi {

	private final CallAdministration calls;

	private final Programmes programmes;

	private final Clock clock;

	CallsApi(CallAdministration calls, Programmes programmes, Clock clock) {
		this.calls = calls;
		this.programmes = programmes;
		this.clock = clock;
	}

	@GetMapping("/calls")
	@Operation(summary = "Utlysningar du får se: publicerade för alla, även utkast för FoU-handläggare")
	List<CallJson> list() {
		var now = clock.instant();
		return calls.visible().stream().map(c -> CallJson.of(c, now)).toList();
	}

	@GetMapping("/calls/{id}")
	@Operation(summary = "En utlysning; 404 för opublicerade om du inte är FoU-handläggare")
	ResponseEntity<CallJson> get(@PathVariable UUID id) {
		return versioned(calls.visibleVersioned(id));
	}

	@PostMapping("/calls")
	@Operation(summary = "Skapa en utlysning (FoU-handläggare); 422 med violations när regler bryts")
	ResponseEntity<CallJson> create(@RequestBody CallRequest request) {
		var created = calls.create(request.toInput());
		return ResponseEntity.created(URI.create("/api/v1/calls/" + created.id()))
			.body(CallJson.of(created, clock.instant()));
	}

	@PutMapping("/calls/{id}")
	@Operation(summary = "Ändra en utlysning, även publicering (FoU-handläggare); 422 med violations när regler bryts. "
			+ "Med If-Match eller fältet version vägras en sparning på en äldre version: 412 respektive 409")
	ResponseEntity<CallJson> update(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestBody CallRequest request) {
		return versioned(calls.update(id, request.toInput(), request.opened(ifMatch)));
	}

	private ResponseEntity<CallJson> versioned(VersionedCall call) {
		return EntityTags.ok(CallJson.of(call.call(), clock.instant()).withVersion(call.version()), call.version());
	}

	@GetMapping("/programmes")
	@Operation(summary = "Alla program (medelstyper)")
	List<ProgrammeView> programmes() {
		return programmes.all();
	}

	record ProgrammeRequest(String code, String name, ApplicationForm form) {
	}

	@PostMapping("/programmes")
	@Operation(summary = "Lägg till ett program (FoU-handläggare)")
	ResponseEntity<ProgrammeView> addProgramme(@RequestBody ProgrammeRequest request) {
		var added = programmes.add(request.code(), request.name(), request.form());
		return ResponseEntity.created(URI.create("/api/v1/programmes")).body(added);
	}
}
