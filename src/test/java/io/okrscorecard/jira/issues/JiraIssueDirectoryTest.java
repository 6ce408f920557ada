package io.okrscorecard.jira.issues;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import io.okrscorecard.core.IssueId;
import io.okrscorecard.core.IssueKey;
import io.okrscorecard.core.port.HostObjectRegistry;
import io.okrscorecard.core.settings.HostObject;
import java.util.Optional;
import org.junit.Test;

public class JiraIssueDirectoryTest {
    private final IssueManager issues = mock(IssueManager.class);
    private final HostObjectRegistry registry = mock(HostObjectRegistry.class);
    private final IssueLinkTypeManager linkTypes = mock(IssueLinkTypeManager.class);
    private final JiraIssueDirectory directory =
            new JiraIssueDirectory(issues, registry, mock(CustomFieldManager.class), linkTypes);

    @Test
    public void anExistingKeyResolvesToItsIssueId() {
        MutableIssue issue = mock(MutableIssue.class);
        when(issue.getId()).thenReturn(10_042L);
        when(issues.getIssueObject("OKR-42")).thenReturn(issue);

        assertEquals(Optional.of(new IssueId(10_042L)), directory.idOf(IssueKey.of("OKR-42")));
    }

    @Test
    public void anUnknownKeyResolvesToNothing() {
        assertTrue(directory.idOf(IssueKey.of("OKR-404")).isEmpty());
    }

    @Test
    public void aRenamedLinkTypeIsFoundByItsRecordedIdWithItsCurrentInwardDescription() {
        when(registry.idOf(HostObject.CONTRIBUTION_LINK)).thenReturn(Optional.of("10301"));
        IssueLinkType renamed = mock(IssueLinkType.class);
        when(renamed.getName()).thenReturn("Key result work");
        when(renamed.getInward()).thenReturn("is delivered by");
        when(linkTypes.getIssueLinkType(10_301L)).thenReturn(renamed);

        assertEquals(Optional.of("is delivered by"), directory.inwardDescription(HostObject.CONTRIBUTION_LINK));
    }

    @Test
    public void aLinkTypeNotRecordedOrDeletedHasNoDescription() {
        assertTrue(directory.inwardDescription(HostObject.CONTRIBUTION_LINK).isEmpty());

        when(registry.idOf(HostObject.CONTRIBUTION_LINK)).thenReturn(Optional.of("10301"));
        assertTrue(directory.inwardDescription(HostObject.CONTRIBUTION_LINK).isEmpty());
    }
}
