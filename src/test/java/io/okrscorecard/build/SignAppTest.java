package io.okrscorecard.build;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * src/build/sign-app with a throw-away Ed25519 key and self-signed certificate made by OpenSSL as Atlassian's page
 * "Generating app signature and verification certificate using OpenSSL" does: the signature it writes verifies with
 * the certificate's public key in Java, as UPM verifies it, and only for the bytes that were signed.
 */
public class SignAppTest {
    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();

    private Path key;
    private Path certificate;
    private Path jar;

    @Before
    public void throwAwayKeyCertificateAndJar() throws Exception {
        key = folder.getRoot().toPath().resolve("app-signing.key");
        certificate = folder.getRoot().toPath().resolve("app-signing.crt");
        run("openssl", "genpkey", "-algorithm", "ed25519", "-out", key.toString());
        run(
                "openssl",
                "req",
                "-new",
                "-x509",
                "-key",
                key.toString(),
                "-out",
                certificate.toString(),
                "-days",
                "1",
                "-subj",
                "/CN=OKR Scorecard test signing");
        jar = folder.newFile("okr-scorecard-jira-1.0.0-jira11.jar").toPath();
        Files.write(jar, "PK not really a jar, but bytes to sign".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    public void theDetachedSignatureVerifiesWithTheCertificateCustomersTrust() throws Exception {
        String printed = run("src/build/sign-app", key.toString(), jar.toString(), certificate.toString());

        Path signatureFile = Path.of(jar + ".sig");
        assertEquals(signatureFile.toString(), printed.strip());
        byte[] signature =
                Base64.getDecoder().decode(Files.readString(signatureFile).strip());
        assertEquals("Ed25519 signatures are 64 bytes", 64, signature.length);
        assertTrue(verifies(Files.readAllBytes(jar), signature));
    }

    @Test
    public void theSignatureDoesNotVerifyForAChangedJar() throws Exception {
        run("src/build/sign-app", key.toString(), jar.toString());
        byte[] signature = Base64.getDecoder()
                .decode(Files.readString(Path.of(jar + ".sig")).strip());

        byte[] changed = Files.readAllBytes(jar);
        changed[0] ^= 1;

        assertFalse(verifies(changed, signature));
    }

    @Test
    public void aCertificateOfAnotherKeyFailsTheScript() throws Exception {
        Path otherKey = folder.getRoot().toPath().resolve("other.key");
        run("openssl", "genpkey", "-algorithm", "ed25519", "-out", otherKey.toString());

        int exit = exitCode("src/build/sign-app", otherKey.toString(), jar.toString(), certificate.toString());

        assertNotEquals(0, exit);
    }

    private boolean verifies(byte[] content, byte[] signature) throws Exception {
        X509Certificate x509;
        try (ByteArrayInputStream in = new ByteArrayInputStream(Files.readAllBytes(certificate))) {
            x509 = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
        PublicKey publicKey = x509.getPublicKey();
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(publicKey);
        verifier.update(content);
        return verifier.verify(signature);
    }

    private static String run(String... command) throws Exception {
        Process process = start(command);
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(String.join(" ", command) + " did not finish", process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(String.join(" ", command) + " failed: " + out, 0, process.exitValue());
        return out;
    }

    private static int exitCode(String... command) throws Exception {
        Process process = start(command);
        process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        return process.exitValue();
    }

    private static Process start(String... command) throws IOException {
        return new ProcessBuilder(List.of(command))
                .directory(new File(System.getProperty("user.dir")))
                .redirectErrorStream(false)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
    }
}
