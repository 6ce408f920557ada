package io.okrscorecard.jira.issues;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import io.okrscorecard.core.IssueId;
import io.okrscorecard.core.IssueKey;
import java.util.Optional;
import org.junit.Test;

public class JiraIssueDirectoryTest {
    private final IssueManager issues = mock(IssueManager.class);
    private final JiraIssueDirectory directory = new JiraIssueDirectory(issues);

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
}
