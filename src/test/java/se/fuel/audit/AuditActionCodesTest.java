package se.fuel.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The scan of action codes reads each way a call can pass its action. */
class AuditActionCodesTest {

	@Test
	void aLiteralAndATernaryOfLiteralsAreReadAsTheyStand() {
		assertThat(AuditActionCodes.codes("", 0, "\"stored\"")).containsExactly("stored");
		assertThat(AuditActionCodes.codes("", 0, "\"REJECTED\".equals(status) ? \"rejected\" : \"failed\""))
			.containsExactly("rejected", "failed");
	}

	@Test
	void aConstantIsReadFromItsDeclaration() {
		String file = "static final String ACTION = \"withdrawn-conflict\";\n audit.record(T, id, ACTION, a, b);";
		assertThat(AuditActionCodes.codes(file, file.indexOf("audit.record"), "ACTION"))
			.containsExactly("withdrawn-conflict");
	}

	@Test
	void aParameterIsReadFromEveryCallOfItsMethod() {
		String file = """
				void close() { move(me(), id, Status.CLOSED, "closed"); }
				void open() { move(me(), id, Status.OPEN, "reopened"); }
				private void move(CurrentUser me, UUID id, Map<String, Object> s, String action) {
					audit.record(T, id, action, null, null);
				}""";
		assertThat(AuditActionCodes.codes(file, file.indexOf("audit.record"), "action"))
			.containsExactly("closed", "reopened");
	}

	@Test
	void anActionThatIsNeitherIsNotRead() {
		String file = "audit.record(T, id, kind.name(), null, null);";
		assertThat(AuditActionCodes.codes(file, 0, "kind.name()")).isEmpty();
		assertThat(AuditActionCodes.codes(file, 0, "unknown")).isEmpty();
	}

	@Test
	void argumentsAreSplitOnlyAtTheirOwnCommas() {
		String call = "audit.record(T, id, \"a,b\", Map.of(\"x\", 1), list.stream().map(l -> l + \",\").toList());";
		assertThat(AuditActionCodes.arguments(call, call.indexOf('(') + 1)).containsExactly("T", "id", "\"a,b\"",
				"Map.of(\"x\", 1)", "list.stream().map(l -> l + \",\").toList()");
	}
}
