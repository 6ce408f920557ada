package io.okrscorecard.core;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Test;

/** Keeps docs/rollup-rules.md honest: every worked example is a test method of the same name. */
public class RollupRulesDocTest {

    private static final Pattern EXAMPLE_HEADING = Pattern.compile("^### `([A-Za-z0-9_]+)`\\s*$", Pattern.MULTILINE);

    @Test
    public void everyWorkedExampleIsATestMethod() throws IOException {
        List<String> examples = exampleNames();
        assertTrue("expected at least 30 worked examples, found " + examples.size(), examples.size() >= 30);
        List<String> missing = new ArrayList<>();
        for (String name : examples) {
            if (!isTestMethod(name)) {
                missing.add(name);
            }
        }
        assertTrue("examples without a test method in RollupRulesExamplesTest: " + missing, missing.isEmpty());
    }

    @Test
    public void everyExampleTestIsDocumented() throws IOException {
        List<String> examples = exampleNames();
        List<String> undocumented = new ArrayList<>();
        for (Method method : RollupRulesExamplesTest.class.getDeclaredMethods()) {
            if (method.isAnnotationPresent(Test.class) && !examples.contains(method.getName())) {
                undocumented.add(method.getName());
            }
        }
        assertTrue("example tests missing from docs/rollup-rules.md: " + undocumented, undocumented.isEmpty());
    }

    @Test
    public void exampleNamesAreUnique() throws IOException {
        List<String> examples = exampleNames();
        assertFalse(
                "duplicate example names",
                examples.size() != examples.stream().distinct().count());
    }

    private static List<String> exampleNames() throws IOException {
        String doc = Files.readString(Path.of("docs", "rollup-rules.md"));
        Matcher matcher = EXAMPLE_HEADING.matcher(doc);
        List<String> names = new ArrayList<>();
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    private static boolean isTestMethod(String name) {
        try {
            return RollupRulesExamplesTest.class.getMethod(name).isAnnotationPresent(Test.class);
        } catch (NoSuchMethodException e) {
            return false;
        }
    }
}
