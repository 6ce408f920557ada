package io.okrscorecard.jira.users;

import static org.junit.Assert.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import io.okrscorecard.core.Person;
import org.junit.Test;

public class JiraUserDirectoryTest {
    private final UserManager users = mock(UserManager.class);
    private final JiraUserDirectory directory = new JiraUserDirectory(users);

    @Test
    public void aUserKeyIsShownByTheDisplayNameJiraHasForIt() {
        ApplicationUser jane = mock(ApplicationUser.class);
        when(jane.getKey()).thenReturn("JIRAUSER10204");
        when(jane.getDisplayName()).thenReturn("Jane Doe");
        when(users.getUserByKey("JIRAUSER10204")).thenReturn(jane);

        assertEquals(new Person("JIRAUSER10204", "Jane Doe"), directory.person("JIRAUSER10204"));
    }

    @Test
    public void aUserJiraNoLongerKnowsIsShownByTheKeyNeverBlank() {
        assertEquals(new Person("JIRAUSER10999", "JIRAUSER10999"), directory.person("JIRAUSER10999"));
    }

    @Test
    public void aUserWithABlankDisplayNameIsShownByTheKey() {
        ApplicationUser blank = mock(ApplicationUser.class);
        when(blank.getKey()).thenReturn("JIRAUSER10205");
        when(blank.getDisplayName()).thenReturn("  ");
        when(users.getUserByKey("JIRAUSER10205")).thenReturn(blank);

        assertEquals("JIRAUSER10205", directory.person("JIRAUSER10205").displayName());
    }
}
