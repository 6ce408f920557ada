package io.okrscorecard.web;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.Test;

/**
 * The app's stylesheets are whole: a block left open (a merge can drop a closing brace) makes browsers ignore every
 * rule after it, which no script test sees. Comments and strings are skipped; at-rules may nest blocks.
 */
public class StylesheetsTest {

    @Test
    public void everyStylesheetClosesEveryBlockItOpens() throws IOException {
        List<Path> sheets;
        try (Stream<Path> all = Files.list(Path.of("src/main/resources/css"))) {
            sheets = all.filter(path -> path.toString().endsWith(".css"))
                    .sorted()
                    .toList();
        }
        assertFalse("stylesheets found", sheets.isEmpty());
        for (Path sheet : sheets) {
            assertEquals(sheet + " leaves blocks open", 0, openBlocksAtEnd(Files.readString(sheet), sheet));
        }
    }

    @Test
    public void aMissingClosingBraceIsFound() {
        assertEquals(1, openBlocksAtEnd(".a {\n  color: red;\n.b {\n  color: blue;\n}\n", Path.of("x.css")));
        assertEquals(
                0,
                openBlocksAtEnd(
                        "/* { */ .a { content: \"}\"; }\n@media print { .b { color: red; } }", Path.of("y.css")));
    }

    private static int openBlocksAtEnd(String css, Path sheet) {
        int depth = 0;
        for (int i = 0; i < css.length(); i++) {
            char c = css.charAt(i);
            if (c == '/' && i + 1 < css.length() && css.charAt(i + 1) == '*') {
                int end = css.indexOf("*/", i + 2);
                assertTrue(sheet + ": a comment is never closed", end >= 0);
                i = end + 1;
            } else if (c == '"' || c == '\'') {
                int end = css.indexOf(c, i + 1);
                assertTrue(sheet + ": a string is never closed", end >= 0);
                i = end;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
                assertTrue(sheet + ": a '}' closes nothing at offset " + i, depth >= 0);
            }
        }
        return depth;
    }
}
