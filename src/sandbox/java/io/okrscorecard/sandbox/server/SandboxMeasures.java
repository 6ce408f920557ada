package io.okrscorecard.sandbox.server;

import io.okrscorecard.core.ValidationException;
import io.okrscorecard.core.measure.MeasureDefinition;
import io.okrscorecard.core.measure.MeasureFailedException;
import io.okrscorecard.core.measure.MeasuredIssue;
import io.okrscorecard.core.port.JiraMeasures;
import io.okrscorecard.sandbox.demo.ServiceDesk;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The sandbox's Jira for measures: JQL over the demo's service desk tickets ({@link ServiceDesk}), in the subset of
 * JQL the sandbox understands (any other is refused with Jira's kind of message on {@code measure.jql}), as of the
 * sandbox's clock. Only the administrator persona may browse the restricted ticket; the demo's technical user, a
 * service account, may not, so it is not counted. The sandbox has no saved filters and no number custom fields on its
 * tickets: a filter, SUM and AVERAGE are refused with a clear message.
 */
final class SandboxMeasures implements JiraMeasures {
    private final ServiceDesk serviceDesk;
    private final Clock clock;

    SandboxMeasures(ServiceDesk serviceDesk, Clock clock) {
        this.serviceDesk = serviceDesk;
        this.clock = clock;
    }

    /** Users measures may run as: the personas and the demo's service account. */
    private static final Set<String> USERS = Set.of(
            SandboxUsers.Persona.ADMIN.userKey(),
            SandboxUsers.Persona.VIEWER.userKey(),
            ServiceDesk.TECHNICAL_USER_KEY);

    @Override
    public void validate(MeasureDefinition definition, String userKey) {
        if (definition.filterId() != null) {
            throw new ValidationException(
                    "measure.filterId", "the sandbox has no saved filters: give the JQL text instead");
        }
        if (definition.fieldId() != null) {
            throw new ValidationException(
                    "measure.fieldId",
                    "the sandbox's service desk tickets have no number custom field " + definition.fieldId()
                            + ": SUM and AVERAGE cannot be measured in the sandbox");
        }
        serviceDesk.find(definition.jql(), clock.instant(), false);
    }

    @Override
    public List<MeasuredIssue> issues(MeasureDefinition definition, String technicalUserKey, Instant deadline) {
        if (!USERS.contains(technicalUserKey)) {
            throw new MeasureFailedException(
                    "the technical user '" + technicalUserKey + "' is unknown to the sandbox's Jira");
        }
        try {
            validate(definition, technicalUserKey);
            return serviceDesk.find(
                    definition.jql(),
                    clock.instant(),
                    SandboxUsers.Persona.ADMIN.userKey().equals(technicalUserKey));
        } catch (ValidationException invalid) {
            throw new MeasureFailedException(invalid.reason());
        }
    }

    @Override
    public boolean userExists(String userKey) {
        return USERS.contains(userKey);
    }
}
