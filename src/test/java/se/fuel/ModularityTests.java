package se.fuel;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

	static final ApplicationModules modules = ApplicationModules.of(FuelApplication.class);

	@Test
	void modules_only_talk_through_their_public_api() {
		modules.verify();
	}

	@Test
	void documents_the_modules() {
		new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml().writeModuleCanvases();
	}
}
