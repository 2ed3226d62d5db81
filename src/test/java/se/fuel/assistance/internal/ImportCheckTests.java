package se.fuel.assistance.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import se.fuel.assistance.AssistanceMeasure;
import se.fuel.assistance.ImportRejection;

/** Reading and checking import files, without a database. */
class ImportCheckTests {

	static final UUID FARSTA = UUID.randomUUID();

	static final UUID CITY = new UUID(0, 0);

	private static ImportCheck check() {
		Map<String, UUID> known = Map.of("farsta", FARSTA, "staden", CITY, "0180", CITY);
		return new ImportCheck(s -> Optional.ofNullable(known.get(s.toLowerCase())), new AtomicLong());
	}

	private static ImportCheck csv(String text) throws IOException {
		ImportCheck check = check();
		CsvAssistanceReader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), check);
		return check;
	}

	@Test
	void reads_a_correct_file_with_decimal_commas_comments_and_yearly_figures() throws IOException {
		ImportCheck check = csv("""
				# comment
				organisation;period;mått;kategori;nivå;värde;påhittad
				farsta;2003-10;vuxna;arbetsloshet;individ;1 204;nej
				staden;1999;arbetsloshet;alla;;4,1;nej
				""");
		assertThat(check.rejections()).isEmpty();
		assertThat(check.rows()).hasSize(2);
		assertThat(check.rows().get(0).line()).isEqualTo(3);
		assertThat(check.rows().get(0).value()).isEqualTo(1204);
		assertThat(check.rows().get(1).annual()).isTrue();
		assertThat(check.rows().get(1).measure()).isEqualTo(AssistanceMeasure.UNEMPLOYMENT_RATE);
		assertThat(check.rows().get(1).value()).isEqualTo(4.1);
	}

	@Test
	void refuses_a_file_with_wrong_columns_on_its_header_line() throws IOException {
		ImportCheck check = csv("""
				stadsdel;månad;antal
				farsta;2003-10;12
				""");
		assertThat(check.rows()).isEmpty();
		assertThat(check.rejections()).singleElement().satisfies(r -> {
			assertThat(r.line()).isEqualTo(1);
			assertThat(r.reason()).startsWith("Fel kolumner");
		});
	}

	@Test
	void lists_every_broken_row_with_its_line_and_reason() throws IOException {
		ImportCheck check = csv("""
				organisation;period;mått;kategori;nivå;värde
				farsta;2003-10;vuxna;alla;individ;12
				farsta;2003-11;vuxna;alla;individ;tolv
				atlantis;2003-11;vuxna;alla;individ;12
				farsta;2003-13;vuxna;alla;individ;12
				farsta;2003-12;hundar;alla;individ;12
				farsta;2003-12;vuxna;alla;individ
				farsta;2003-10;vuxna;alla;individ;13
				farsta;2003-12;vuxna;fattigdom;individ;-5
				""");
		assertThat(check.rejections()).extracting(ImportRejection::line).containsExactly(3L, 4L, 5L, 6L, 7L, 8L, 9L);
		assertThat(check.rejections().get(0).reason()).containsIgnoringCase("\"tolv\" är inget tal");
		assertThat(check.rejections().get(1).reason()).isEqualTo("Okänd organisation \"atlantis\".");
		assertThat(check.rejections().get(2).reason()).containsIgnoringCase("ogiltig period \"2003-13\"");
		assertThat(check.rejections().get(3).reason()).containsIgnoringCase("okänt mått \"hundar\"");
		assertThat(check.rejections().get(4).reason()).startsWith("Fel antal kolumner: 5 i stället för 6");
		assertThat(check.rejections().get(5).reason()).isEqualTo("Dubblett: samma organisation, period, mått och kategori som rad 2.");
		assertThat(check.rejections().get(6).reason()).containsIgnoringCase("okänd kategori \"fattigdom\"").containsIgnoringCase("negativt");
	}

	@Test
	void reads_a_kolada_page_keeping_totals_and_skipping_genders_and_missing_values() {
		String page = """
				{"count": 2,
				 "values": [
				  {"kpi": "vuxna", "municipality": "0180", "period": 2003,
				   "values": [{"count": 1, "gender": "K", "status": "", "value": 7000},
				              {"count": 1, "gender": "M", "status": "", "value": 7400},
				              {"count": 1, "gender": "T", "status": "", "value": 14400}]},
				  {"kpi": "arbetsloshet", "municipality": "0180", "period": 2004,
				   "values": [{"count": 0, "gender": "T", "status": "Missing", "value": null}]}
				 ],
				 "next_page": null}
				""";
		ImportCheck check = check();
		KoladaJsonReader.read(new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)), JsonMapper.builder().build(),
				kpi -> AssistanceMeasure.byCode(kpi).map(AssistanceMeasure::code), check);
		assertThat(check.rejections()).isEmpty();
		assertThat(check.rows()).singleElement().satisfies(r -> {
			assertThat(r.organisationId()).isEqualTo(CITY);
			assertThat(r.annual()).isTrue();
			assertThat(r.value()).isEqualTo(14400);
		});
		assertThat(check.skipped()).isEqualTo(3);
	}

	@Test
	void a_kolada_entry_of_an_unknown_kpi_or_unit_is_rejected_with_its_line() {
		String entries = """
				[
				 {"kpi": "N99999", "municipality": "0180", "period": 2003, "values": [{"gender": "T", "value": 1}]},
				 {"kpi": "vuxna", "ou": "V15E0180001", "period": 2003, "values": [{"gender": "T", "value": 1}]}
				]
				""";
		ImportCheck check = check();
		KoladaJsonReader.read(new ByteArrayInputStream(entries.getBytes(StandardCharsets.UTF_8)),
				JsonMapper.builder().build(), kpi -> AssistanceMeasure.byCode(kpi).map(AssistanceMeasure::code), check);
		assertThat(check.rows()).isEmpty();
		assertThat(check.rejections()).extracting(ImportRejection::line).containsExactly(2L, 3L);
		assertThat(check.rejections().get(0).reason()).containsIgnoringCase("Okänt nyckeltal (kpi) \"N99999\"");
		assertThat(check.rejections().get(1).reason()).isEqualTo("Okänd organisation \"V15E0180001\".");
	}
}
