package se.fuel.calls;

import java.util.UUID;

import se.fuel.calls.ApplicationForm;

/** A programme as pages, the API and the audit trail see it. */
public record ProgrammeView(UUID id, String code, String name, ApplicationForm form) {
}
