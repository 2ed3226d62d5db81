package se.fuel.assistance.api;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import se.fuel.common.Violation;
import se.fuel.common.ViolationException;
import se.fuel.assistance.AssistanceImportFormat;
import se.fuel.assistance.AssistanceImportView;
import se.fuel.assistance.AssistanceMeasure;
import se.fuel.assistance.AssistanceQuery;
import se.fuel.assistance.AssistanceSeries;
import se.fuel.assistance.AssistanceSeriesView;
import se.fuel.assistance.BarrierCategory;
import se.fuel.assistance.DistrictComparison;
import se.fuel.assistance.DistrictComparisonQuery;
import se.fuel.assistance.DistrictComparisonView;
import se.fuel.assistance.DuplicatePolicy;
import se.fuel.assistance.OrganisationChoice;

/** The economic-assistance series as JSON: the same numbers and the same authorization as the pages. */
@RestController
@RequestMapping("/api/v1/statistics/assistance")
@Tag(name = "Ekonomiskt bistånd", description = "Serier per organisation, månad, mått och försörjningshinder; import")
class AssistanceApi {

	private final AssistanceSeries series;

	private final DistrictComparison comparison;

	AssistanceApi(AssistanceSeries series, DistrictComparison comparison) {
		this.series = series;
		this.comparison = comparison;
	}

	@GetMapping("/comparison")
	@Operation(summary = "Jämför stadsdelar med minsta kvadratmetoden: faktiskt mot förväntat, residualer, R² och "
			+ "flaggade stadsdelar (handläggare). variables: strukturvariablernas koder, t.ex. arbetsloshet,utrikes_fodda")
	DistrictComparisonView comparison(@RequestParam(required = false) String measure,
			@RequestParam(required = false) String category, @RequestParam(defaultValue = "2003") int year,
			@RequestParam(required = false) List<String> variables,
			@RequestParam(defaultValue = "true") boolean perThousand) {
		List<Violation> violations = new ArrayList<>();
		AssistanceMeasure m = measure == null ? AssistanceMeasure.ADULT_RECIPIENTS : AssistanceMeasure.byCode(measure).orElse(null);
		if (m == null) {
			violations.add(Violation.of("measure", "known-measure", "assistance.api.unknownMeasure", measure));
		}
		List<AssistanceMeasure> chosen = new ArrayList<>();
		for (String v : variables == null ? List.<String>of() : variables) {
			AssistanceMeasure.byCode(v).ifPresentOrElse(chosen::add, () -> violations.add(Violation.of("variables",
					"known-variable", "assistance.comparison.unknownVariable", v)));
		}
		BarrierCategory c = BarrierCategory.byCode(category).orElse(null);
		if (c == null) {
			violations.add(Violation.of("category", "known-category", "assistance.api.unknownCategory", category));
		}
		if (!violations.isEmpty()) {
			throw new ViolationException(violations);
		}
		return comparison.compare(new DistrictComparisonQuery(m, c, year, chosen, perThousand));
	}

	@GetMapping("/organisations")
	@Operation(summary = "Organisationer att välja (hela staden först; alla inloggade)")
	List<OrganisationChoice> organisations() {
		return series.organisations();
	}

	@GetMapping("/series")
	@Operation(summary = "En serie med löpande 12-månaders genomsnitt, förändring mot basår, seriebrott, andelar och "
			+ "måluppfyllelse (alla inloggade). organisation: kod, t.ex. farsta; utelämnad = hela staden")
	AssistanceSeriesView series(@RequestParam(required = false) String organisation,
			@RequestParam(required = false) String measure, @RequestParam(required = false) String category,
			@RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to,
			@RequestParam(required = false) Integer base) {
		List<Violation> violations = new ArrayList<>();
		UUID organisationId = null;
		if (organisation != null && !organisation.isBlank() && !"staden".equals(organisation)) {
			organisationId = series.organisations().stream()
				.filter(o -> o.id() != null && (organisation.equals(o.code()) || organisation.equals(o.id().toString())))
				.map(OrganisationChoice::id)
				.findFirst()
				.orElse(null);
			if (organisationId == null) {
				violations.add(Violation.of("organisation", "known-organisation", "assistance.api.unknownOrganisation", organisation));
			}
		}
		AssistanceMeasure m = measure == null ? AssistanceMeasure.ADULT_RECIPIENTS : AssistanceMeasure.byCode(measure).orElse(null);
		if (m == null) {
			violations.add(Violation.of("measure", "known-measure", "assistance.api.unknownMeasure", measure));
		}
		BarrierCategory c = BarrierCategory.byCode(category).orElse(null);
		if (c == null) {
			violations.add(Violation.of("category", "known-category", "assistance.api.unknownCategory", category));
		}
		if (!violations.isEmpty()) {
			throw new ViolationException(violations);
		}
		return series.series(AssistanceQuery.of(organisationId, m, c, from, to, base));
	}

	@PostMapping(path = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Startar en import av en CSV- eller Kolada-fil, högst " + AssistanceSeries.MAX_IMPORT_SIZE
			+ " (handläggare); följ den med GET imports/{id}")
	ResponseEntity<AssistanceImportView> startImport(@RequestParam MultipartFile file,
			@RequestParam(required = false) AssistanceImportFormat format,
			@RequestParam(defaultValue = "REFUSE") DuplicatePolicy policy) throws IOException {
		String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
		AssistanceImportFormat chosen = format != null ? format
				: name.toLowerCase().endsWith(".json") ? AssistanceImportFormat.KOLADA_JSON : AssistanceImportFormat.CSV;
		UUID id = series.startImport(name, chosen, policy, file.getInputStream(), file.getSize());
		return ResponseEntity.accepted()
			.location(URI.create("/api/v1/statistics/assistance/imports/" + id))
			.body(series.importStatus(id));
	}

	@GetMapping("/imports/{id}")
	@Operation(summary = "En imports status och rapport med varje avvisad rad (handläggare)")
	AssistanceImportView importStatus(@PathVariable UUID id) {
		return series.importStatus(id);
	}
}
