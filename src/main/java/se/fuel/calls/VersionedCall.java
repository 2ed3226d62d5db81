package se.fuel.calls;

import se.fuel.calls.CallView;

/**
 * A call with the version it was read at, for the edit form and the API; kept out of {@link CallView}, which the
 * audit trail stores as the call's state.
 */
public record VersionedCall(CallView call, long version) {
}
