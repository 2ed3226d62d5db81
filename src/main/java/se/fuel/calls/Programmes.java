package se.fuel.calls;

import java.util.List;

/** The programmes calls belong to; anyone signed in reads them, fund officers add new ones. */
public interface Programmes {

	List<ProgrammeView> all();

	ProgrammeView add(String code, String name, ApplicationForm form);
}
