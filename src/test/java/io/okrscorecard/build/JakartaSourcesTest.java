package io.okrscorecard.build;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class JakartaSourcesTest {
    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void theThreeJavaEeNamespacesTheAppUsesBecomeJakarta() {
        String source = "import javax.ws.rs.core.Response;\nimport javax.servlet.http.HttpServletRequest;\n"
                + "import javax.inject.Inject;\n@javax.ws.rs.Path(\"/x\") class A {}";

        assertEquals(
                "import jakarta.ws.rs.core.Response;\nimport jakarta.servlet.http.HttpServletRequest;\n"
                        + "import jakarta.inject.Inject;\n@jakarta.ws.rs.Path(\"/x\") class A {}",
                JakartaSources.rewrite(source));
    }

    @Test
    public void javaMailAndActivationBecomeJakartaMailForAtlassianMail8() {
        String source = "import javax.mail.internet.MimeMultipart;\nimport javax.mail.Multipart;\n"
                + "import javax.activation.DataHandler;\nimport javax.mailx.Other;";

        assertEquals(
                "import jakarta.mail.internet.MimeMultipart;\nimport jakarta.mail.Multipart;\n"
                        + "import jakarta.activation.DataHandler;\nimport javax.mailx.Other;",
                JakartaSources.rewrite(source));
    }

    @Test
    public void jdkJavaxPackagesAndLongerNamesStayAsTheyAre() {
        String source = "import javax.xml.parsers.DocumentBuilder;\nimport javax.crypto.Cipher;\n"
                + "import javax.servletx.Other;\nimport javax.annotation.Nullable;";

        assertEquals(source, JakartaSources.rewrite(source));
    }

    @Test
    public void theTreeIsCopiedRewrittenWithAJavacArgumentFileAndALaterRootReplacesAFile() throws Exception {
        Path main = folder.newFolder("main").toPath();
        Path shim = folder.newFolder("shim").toPath();
        Path override = folder.newFolder("shim8").toPath();
        write(main.resolve("io/a/A.java"), "import javax.inject.Inject;");
        write(main.resolve("io/a/notes.txt"), "javax.inject stays in text files");
        write(shim.resolve("com/b/B.java"), "class B { javax.servlet.http.HttpServletRequest r; }");
        write(override.resolve("com/b/B.java"), "class B {}");
        Path output = folder.getRoot().toPath().resolve("out");
        write(output.resolve("stale/Old.java"), "class Old {}");

        int written = JakartaSources.rewriteTree(output, List.of(main, shim, override));

        assertEquals(2, written);
        assertEquals("import jakarta.inject.Inject;", read(output.resolve("io/a/A.java")));
        assertEquals("javax.inject stays in text files", read(output.resolve("io/a/notes.txt")));
        assertEquals("class B {}", read(output.resolve("com/b/B.java")));
        assertFalse(Files.exists(output.resolve("stale/Old.java")));
        List<String> argumentFile = Files.readAllLines(output.resolve("sources.txt"));
        assertEquals(2, argumentFile.size());
        assertTrue(argumentFile.get(0), argumentFile.get(0).endsWith("io/a/A.java\""));
        assertTrue(argumentFile.get(1), argumentFile.get(1).endsWith("com/b/B.java\""));
    }

    private static void write(Path file, String text) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static String read(Path file) throws Exception {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
